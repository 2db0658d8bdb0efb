package org.corroborate.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Annotations;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.GroupId;
import org.corroborate.model.LinkId;
import org.corroborate.model.LinkType;
import org.corroborate.model.Operation;
import org.junit.jupiter.api.Test;

class AnnotationImportTest {
    static final Claim FIRST = ReferencesTest.claim("aaaa0000-0000-4000-8000-000000000001");
    static final Claim SECOND = new Claim(ReferencesTest.claim("bbbb0000-0000-4000-8000-000000000002").id(), 2,
            FIRST.anchor(), "", List.of(), FIRST.status(), "", "", Instant.EPOCH, Instant.EPOCH, false);
    static final ClaimLink LINK = new ClaimLink(LinkId.random(), FIRST.id(), SECOND.id(), LinkType.CONTRADICTS, "",
            "", Instant.EPOCH);
    static final ClaimGroup GROUP = new ClaimGroup(GroupId.random(), "s", Optional.empty(), "",
            List.of(FIRST.id(), SECOND.id()), Instant.EPOCH, Instant.EPOCH);

    @Test
    void addsEverythingNewAsOneOperation() {
        Annotations imported = Annotations.of(List.of(FIRST, SECOND), List.of(LINK), List.of(GROUP));

        Operation operation = AnnotationImport.operation(Annotations.empty(), imported).orElseThrow();

        assertThat(operation.changes()).hasSize(4);
        Annotations after = operation.applyTo(Annotations.empty());
        assertThat(after.claims()).containsExactly(FIRST, SECOND);
        assertThat(after.links()).containsExactly(LINK);
        assertThat(after.groups()).containsExactly(GROUP);
    }

    @Test
    void passesOverWhatIsAlreadyThereUnchanged() {
        Annotations current = Annotations.of(List.of(FIRST, SECOND), List.of(), List.of());
        Annotations imported = Annotations.of(List.of(FIRST, SECOND), List.of(LINK), List.of());

        Operation operation = AnnotationImport.operation(current, imported).orElseThrow();

        assertThat(operation.changes()).hasSize(1);
        assertThat(AnnotationImport.operation(operation.applyTo(current), imported)).isEmpty();
    }

    @Test
    void refusesAnIdHeldWithOtherContent() {
        Annotations current = Annotations.of(List.of(FIRST.withClaimant("Kremlin", Instant.EPOCH)), List.of(), List.of());
        Annotations imported = Annotations.of(List.of(FIRST, SECOND), List.of(), List.of());

        assertThatThrownBy(() -> AnnotationImport.operation(current, imported))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Nothing was imported: 1 annotation(s) of the file already exist in the project with other"
                        + " content (claim " + FIRST.id() + ").");
    }
}
