package nl.kringloop.mki.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModuleFiguresTest {

    @Test
    void behavesAsTheLinkedHashMapItReplaces() {
        Map<String, Double> figures = new ModuleFigures(new String[] {"A1-A3", "A4", "D"}, new double[] {12.5, 0.0, -3.25});
        Map<String, Double> before = new LinkedHashMap<>();
        before.put("A1-A3", 12.5);
        before.put("A4", 0.0);
        before.put("D", -3.25);
        assertThat(figures).isEqualTo(before);
        assertThat(before).isEqualTo(figures);
        assertThat(figures.hashCode()).isEqualTo(before.hashCode());
        assertThat(figures.get("D")).isEqualTo(-3.25);
        assertThat(figures.get("B1")).isNull();
        assertThat(figures.containsKey("A4")).isTrue();
        // the order is the card's module order, as written in the result
        List<String> order = new ArrayList<>();
        figures.forEach((k, v) -> order.add(k));
        assertThat(order).containsExactly("A1-A3", "A4", "D");
        assertThat(new ArrayList<>(figures.keySet())).isEqualTo(order);
        assertThatThrownBy(() -> figures.put("B1", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
