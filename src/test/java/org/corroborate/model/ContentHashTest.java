package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ContentHashTest {
    private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void isTheSha256OfTheText() {
        assertThat(ContentHash.of("abc").hex()).isEqualTo(SHA256_OF_ABC);
        assertThat(ContentHash.of("").hex()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void hashesTheUtf8Bytes() {
        // "é" is C3 A9 in UTF-8; in ISO-8859-1 it would be E9 and hash differently.
        assertThat(ContentHash.of("é").hex()).isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    }

    @Test
    void shortFormIsTheFirstEightHexDigits() {
        assertThat(ContentHash.of("abc").shortForm()).isEqualTo("ba7816bf");
        assertThat(ContentHash.of("abc")).hasToString(SHA256_OF_ABC);
    }

    @Test
    void equalTextsHaveEqualHashes() {
        assertThat(ContentHash.of("killed 60 Ukrainian soldiers")).isEqualTo(ContentHash.of("killed 60 Ukrainian soldiers"));
        assertThat(ContentHash.of("killed 60 Ukrainian soldiers")).isNotEqualTo(ContentHash.of("killed 60 Ukrainian soldiers."));
    }

    @Test
    void refusesWhatIsNotALowerCaseSha256Digest() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ContentHash(SHA256_OF_ABC.toUpperCase()));
        assertThatIllegalArgumentException().isThrownBy(() -> new ContentHash(SHA256_OF_ABC.substring(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new ContentHash(null));
    }
}
