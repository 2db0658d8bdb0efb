package org.corroborate.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.corroborate.model.Anchor;
import org.corroborate.model.Annotations;
import org.corroborate.model.Change;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimGroup;
import org.corroborate.model.ClaimId;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.GroupId;
import org.corroborate.model.LinkId;
import org.corroborate.model.LinkType;
import org.corroborate.model.Operation;
import org.corroborate.model.TextQuote;
import org.corroborate.model.TextSpan;
import org.corroborate.model.Verdict;

/** Claims, links and groups: loaded whole, written one operation at a time. */
final class AnnotationRepository {
    private static final String CLAIM_COLUMNS = "id, article_id, start_offset, end_offset, quote_exact, quote_prefix,"
            + " quote_suffix, claimant, status, note, author, created, modified, orphaned";
    private static final String CLAIM_PARAMETERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private final Connection connection;

    AnnotationRepository(Connection connection) {
        this.connection = connection;
    }

    Annotations load() throws SQLException {
        Map<UUID, List<String>> tags = new HashMap<>();
        Jdbc.query(connection, "SELECT claim_id, tag FROM claim_tag ORDER BY claim_id, position", row -> {
            tags.computeIfAbsent(row.getObject("claim_id", UUID.class), k -> new ArrayList<>()).add(row.getString("tag"));
            return null;
        });
        List<Claim> claims = Jdbc.query(connection, "SELECT " + CLAIM_COLUMNS + " FROM claim", row -> readClaim(row, tags));
        List<ClaimLink> links = Jdbc.query(connection, "SELECT * FROM claim_link", AnnotationRepository::readLink);
        Map<UUID, List<ClaimId>> members = new HashMap<>();
        Jdbc.query(connection, "SELECT group_id, claim_id FROM group_member ORDER BY group_id, position", row -> {
            members.computeIfAbsent(row.getObject("group_id", UUID.class), k -> new ArrayList<>())
                    .add(new ClaimId(row.getObject("claim_id", UUID.class)));
            return null;
        });
        List<ClaimGroup> groups = Jdbc.query(connection, "SELECT * FROM claim_group", row -> readGroup(row, members));
        return Annotations.of(claims, links, groups);
    }

    /** Writes every change of the operation, in its order, which keeps foreign keys satisfied. */
    void write(Operation operation) throws SQLException {
        for (Change change : operation.changes()) {
            if (change instanceof Change.OfClaim claimChange) {
                writeClaim(claimChange);
            } else if (change instanceof Change.OfLink linkChange) {
                writeLink(linkChange);
            } else if (change instanceof Change.OfGroup groupChange) {
                writeGroup(groupChange);
            }
        }
    }

    /** Writes claims whose anchors were found again after their article changed, as one batch. */
    void updateClaims(List<Claim> claims) throws SQLException {
        for (Claim claim : claims) {
            mergeClaim(claim);
        }
    }

    // Edits update rows in place (MERGE) rather than delete and insert, which links and groups
    // referring to the claim would forbid. A new claim has no row or tags yet to replace.
    private void writeClaim(Change.OfClaim change) throws SQLException {
        if (change.after().isEmpty()) {
            Jdbc.update(connection, "DELETE FROM claim WHERE id = ?", change.before().orElseThrow().id().value());
        } else if (change.before().isEmpty()) {
            insertClaim(change.after().get());
        } else {
            mergeClaim(change.after().get());
        }
    }

    private void insertClaim(Claim claim) throws SQLException {
        Jdbc.update(connection, "INSERT INTO claim (" + CLAIM_COLUMNS + ") VALUES (" + CLAIM_PARAMETERS + ")",
                claimRow(claim));
        insertTags(claim);
    }

    private void mergeClaim(Claim claim) throws SQLException {
        Jdbc.update(connection, "MERGE INTO claim (" + CLAIM_COLUMNS + ") KEY (id) VALUES (" + CLAIM_PARAMETERS + ")",
                claimRow(claim));
        Jdbc.update(connection, "DELETE FROM claim_tag WHERE claim_id = ?", claim.id().value());
        insertTags(claim);
    }

    private static Object[] claimRow(Claim claim) {
        Anchor anchor = claim.anchor();
        return new Object[] {claim.id().value(), claim.articleId(), anchor.start(), anchor.end(), anchor.exact(),
                anchor.quote().prefix(), anchor.quote().suffix(), claim.claimant(), claim.status().name(),
                claim.note(), claim.author(), claim.created(), claim.modified(), claim.orphaned()};
    }

    private void insertTags(Claim claim) throws SQLException {
        int position = 0;
        for (String tag : claim.tags()) {
            Jdbc.update(connection, "INSERT INTO claim_tag (claim_id, position, tag) VALUES (?, ?, ?)",
                    claim.id().value(), position++, tag);
        }
    }

    private void writeLink(Change.OfLink change) throws SQLException {
        if (change.after().isPresent()) {
            ClaimLink link = change.after().get();
            Jdbc.update(connection, "MERGE INTO claim_link (id, from_claim, to_claim, link_type, note, author, created)"
                            + " KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    link.id().value(), link.from().value(), link.to().value(), link.type().name(), link.note(),
                    link.author(), link.created());
        } else {
            Jdbc.update(connection, "DELETE FROM claim_link WHERE id = ?", change.before().orElseThrow().id().value());
        }
    }

    private void writeGroup(Change.OfGroup change) throws SQLException {
        if (change.after().isEmpty()) {
            Jdbc.update(connection, "DELETE FROM claim_group WHERE id = ?", change.before().orElseThrow().id().value());
        } else {
            ClaimGroup group = change.after().get();
            Jdbc.update(connection, "MERGE INTO claim_group (id, statement, verdict, verification_note, created, modified)"
                            + " KEY (id) VALUES (?, ?, ?, ?, ?, ?)",
                    group.id().value(), group.statement(), group.verdict().map(Verdict::name).orElse(null),
                    group.verificationNote(), group.created(), group.modified());
            Jdbc.update(connection, "DELETE FROM group_member WHERE group_id = ?", group.id().value());
            int position = 0;
            for (ClaimId member : group.members()) {
                Jdbc.update(connection, "INSERT INTO group_member (group_id, position, claim_id) VALUES (?, ?, ?)",
                        group.id().value(), position++, member.value());
            }
        }
    }

    // By position in CLAIM_COLUMNS: looking each column up by name costs more than the rest of
    // reading a row, and a project may hold tens of thousands of them.
    private static Claim readClaim(ResultSet row, Map<UUID, List<String>> tags) throws SQLException {
        UUID id = row.getObject(1, UUID.class);
        int start = row.getInt(3);
        int end = row.getInt(4);
        TextQuote quote = new TextQuote(row.getString(5), row.getString(6), row.getString(7));
        return new Claim(new ClaimId(id), row.getInt(2), new Anchor(new TextSpan(start, end), quote),
                row.getString(8), tags.getOrDefault(id, List.of()), ClaimStatus.valueOf(row.getString(9)),
                row.getString(10), row.getString(11), Jdbc.instant(row, 12), Jdbc.instant(row, 13), row.getBoolean(14));
    }

    private static ClaimLink readLink(ResultSet row) throws SQLException {
        return new ClaimLink(new LinkId(row.getObject("id", UUID.class)),
                new ClaimId(row.getObject("from_claim", UUID.class)), new ClaimId(row.getObject("to_claim", UUID.class)),
                LinkType.valueOf(row.getString("link_type")), row.getString("note"), row.getString("author"),
                Jdbc.instant(row, "created"));
    }

    private static ClaimGroup readGroup(ResultSet row, Map<UUID, List<ClaimId>> members) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        return new ClaimGroup(new GroupId(id), row.getString("statement"),
                Optional.ofNullable(row.getString("verdict")).map(Verdict::valueOf), row.getString("verification_note"),
                members.getOrDefault(id, List.of()), Jdbc.instant(row, "created"), Jdbc.instant(row, "modified"));
    }
}
