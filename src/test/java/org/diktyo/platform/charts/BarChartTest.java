package org.diktyo.platform.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BarChartTest {

    private static final Locale GREEK = Locale.forLanguageTag("el");

    private final BarChart chart = new BarChart("members-by-region", "Μέλη ανά περιφέρεια", "18 δήμοι-μέλη",
            List.of(new BarChart.Bar("Αττική", 8), new BarChart.Bar("Κεντρική Μακεδονία", 4),
                    new BarChart.Bar("Κρήτη <&> \"x\"", 0)), GREEK);

    @Test
    void theSvgIsAnImageWithTitleAndDescriptionAndOneBarPerFigure() throws Exception {
        Document svg = xml(chart.svg());
        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("members-by-region-title members-by-region-desc");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Μέλη ανά περιφέρεια");
        assertThat(root.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("18 δήμοι-μέλη");
        NodeList rects = root.getElementsByTagName("rect");
        assertThat(rects.getLength()).isEqualTo(3);
        double longest = Double.parseDouble(((Element) rects.item(0)).getAttribute("width"));
        double half = Double.parseDouble(((Element) rects.item(1)).getAttribute("width"));
        assertThat(longest).isEqualTo(BarChart.WIDTH - BarChart.LABELS - BarChart.VALUES);
        assertThat(half).isEqualTo(longest / 2);
        assertThat(((Element) rects.item(2)).getAttribute("width")).isEqualTo("0.0");
        assertThat(root.getTextContent()).contains("Κρήτη <&> \"x\"");
    }

    @Test
    void theTableHoldsTheSameFiguresWithHeadersAndCaption() throws Exception {
        String html = chart.table("Περιφέρεια", "Μέλη");
        Element table = xml(html).getDocumentElement();
        assertThat(table.getElementsByTagName("caption").item(0).getTextContent()).isEqualTo("Μέλη ανά περιφέρεια");
        NodeList cells = table.getElementsByTagName("td");
        assertThat(cells.getLength()).isEqualTo(3);
        assertThat(cells.item(0).getTextContent()).isEqualTo("8");
        assertThat(cells.item(1).getTextContent()).isEqualTo("4");
        assertThat(((Element) table.getElementsByTagName("th").item(4)).getAttribute("scope")).isEqualTo("row");
        assertThat(html).contains("Κρήτη &lt;&amp;&gt; &quot;x&quot;").doesNotContain("<&>");
    }

    @Test
    void numbersAreWrittenAsTheReaderWritesThem() {
        assertThat(chart.format(1234)).isEqualTo("1.234");
        assertThat(chart.format(3.45)).isEqualTo("3,5");
        BarChart english = new BarChart("x", "t", null, List.of(new BarChart.Bar("a", 2.5)), Locale.ENGLISH);
        assertThat(english.format(1234)).isEqualTo("1,234");
        assertThat(english.svg()).contains("aria-labelledby=\"x-title\"").doesNotContain("<desc").contains(">2.5<");
    }

    @Test
    void noBarsDrawsAnEmptyChartAndBadInputIsRefused() throws Exception {
        BarChart empty = new BarChart("empty", "Κανένα", null, List.of(), GREEK);
        assertThat(xml(empty.svg()).getDocumentElement().getElementsByTagName("rect").getLength()).isZero();
        assertThat(empty.max()).isZero();
        assertThatThrownBy(() -> new BarChart("1 bad\"", "t", null, List.of(), GREEK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BarChart.Bar("a", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longLabelsAreShortenedInTheImageButWholeInItsTooltipAndTable() {
        String name = "Δήμος Ιεράς Πόλεως Μεσολογγίου και των γύρω χωριών";
        BarChart chart = new BarChart("long", "t", null, List.of(new BarChart.Bar(name, 1)), GREEK);
        assertThat(chart.svg()).contains("<title>" + name + ": 1</title>").contains("…</text>");
        assertThat(chart.table("a", "b")).contains(name);
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
