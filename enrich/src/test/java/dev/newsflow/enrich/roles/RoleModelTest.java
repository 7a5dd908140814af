package dev.newsflow.enrich.roles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleModelTest {

    @Test
    void shouldBundleAModelThatFitsTheFeatures() {
        RoleModel model = RoleModel.bundled();

        assertEquals(RoleModel.ownFeatureNames().size(), model.ownWeights().length);
        assertEquals(RoleModel.contextFeatureNames().size(), model.contextWeights().length);
        assertTrue(model.threshold() > 0 && model.threshold() < 1);
    }

    @Test
    void shouldReadBackWhatItWrites() {
        RoleModel model = RoleModel.bundled();

        RoleModel read = RoleModel.parse(model.format().lines().toList());

        assertArrayEquals(model.ownWeights(), read.ownWeights(), 1e-6);
        assertArrayEquals(model.contextWeights(), read.contextWeights(), 1e-6);
        assertArrayEquals(model.refineWeights(), read.refineWeights(), 1e-6);
        assertEquals(model.threshold(), read.threshold(), 1e-4);
    }

    @Test
    void shouldRefuseAModelMadeForOtherFeatures() {
        List<String> lines = new ArrayList<>(RoleModel.bundled().format().lines().toList());
        lines.removeIf(line -> line.startsWith("own\tcurrency\t"));
        lines.add("own\tno-such-feature\t1.0");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoleModel.parse(lines));

        assertTrue(e.getMessage().contains("missing [currency]") && e.getMessage().contains("unknown [no-such-feature]"), e.getMessage());
        assertTrue(e.getMessage().contains("--train"), e.getMessage());
    }
}
