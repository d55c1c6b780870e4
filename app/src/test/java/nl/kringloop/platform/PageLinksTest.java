package nl.kringloop.platform;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTest {

    private static final URI REQUEST = URI.create("http://register.example/api/passports?text=laptop&offset=20&limit=10");

    @Test
    void aMiddlePageLinksToAllFour() {
        // 45 items, pages of 10: the last page starts at 40 (items 41-45); from 20, prev is 10 and next 30
        assertThat(PageLinks.links(REQUEST, new Paging(20, 10), 45)).containsExactly(
                "</api/passports?text=laptop&offset=0&limit=10>; rel=\"first\"",
                "</api/passports?text=laptop&offset=10&limit=10>; rel=\"prev\"",
                "</api/passports?text=laptop&offset=30&limit=10>; rel=\"next\"",
                "</api/passports?text=laptop&offset=40&limit=10>; rel=\"last\"");
    }

    @Test
    void theFirstPageHasNoPrevAndTheLastNoNext() {
        List<String> first = PageLinks.links(REQUEST, new Paging(0, 10), 10);
        assertThat(first).noneMatch(l -> l.contains("rel=\"prev\"")).noneMatch(l -> l.contains("rel=\"next\""));
        // 10 items in pages of 10: one page, so last is offset 0 too
        assertThat(first).contains("</api/passports?text=laptop&offset=0&limit=10>; rel=\"last\"");
    }

    @Test
    void anEmptyListHasOnePage() {
        assertThat(PageLinks.links(REQUEST, new Paging(0, 10), 0)).containsExactly(
                "</api/passports?text=laptop&offset=0&limit=10>; rel=\"first\"",
                "</api/passports?text=laptop&offset=0&limit=10>; rel=\"last\"");
    }

    @Test
    void aPageInMemoryIsCutAtTheEnd() {
        // items 0..4, from 3 with limit 10: items 3 and 4
        assertThat(new Paging(3, 10).apply(List.of(0, 1, 2, 3, 4))).containsExactly(3, 4);
        assertThat(new Paging(9, 10).apply(List.of(0, 1))).isEmpty();
    }
}
