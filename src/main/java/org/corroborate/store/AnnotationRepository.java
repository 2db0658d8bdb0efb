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
import java.util.function.Function;
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

/**
 * Claims, links and groups: loaded whole, written one operation at a time. Each row carries a
 * version; this repository remembers the version of every row it read or wrote, and an edit or a
 * deletion goes through only if the row still has it, so a save never overwrites another client's
 * save unseen ({@link StaleEditException}).
 */
final class AnnotationRepository {
    private static final String CLAIM_COLUMNS = "id, article_id, start_offset, end_offset, quote_exact, quote_prefix,"
            + " quote_suffix, claimant, status, note, author, created, modified, orphaned";
    private static final String CLAIM_PARAMETERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
    private static final String CLAIM_SET = "article_id = ?, start_offset = ?, end_offset = ?, quote_exact = ?,"
            + " quote_prefix = ?, quote_suffix = ?, claimant = ?, status = ?, note = ?, author = ?, created = ?,"
            + " modified = ?, orphaned = ?";
    private static final String LINK_COLUMNS = "id, from_claim, to_claim, link_type, note, author, created";
    private static final String GROUP_COLUMNS = "id, statement, verdict, verification_note, created, modified";

    private final Connection connection;
    /** False for a project opened to read whose schema predates row versions: every row counts as version 1. */
    private final boolean versioned;
    /** Versions as of the last commit; a conflict also records the version found, which is committed data. */
    private final Map<UUID, Integer> known = new HashMap<>();
    /** Versions written by the transaction under way, kept only if it commits. */
    private final Map<UUID, Integer> pending = new HashMap<>();

    AnnotationRepository(Connection connection, boolean versioned) {
        this.connection = connection;
        this.versioned = versioned;
    }

    Annotations load() throws SQLException {
        Map<UUID, List<String>> tags = new HashMap<>();
        Jdbc.query(connection, "SELECT claim_id, tag FROM claim_tag ORDER BY claim_id, position", row -> {
            tags.computeIfAbsent(row.getObject("claim_id", UUID.class), k -> new ArrayList<>()).add(row.getString("tag"));
            return null;
        });
        List<Claim> claims = Jdbc.query(connection, "SELECT " + CLAIM_COLUMNS + ", " + versionColumn() + " FROM claim",
                row -> remember(readClaim(row, tags), Claim::id, row.getInt(15)));
        List<ClaimLink> links = Jdbc.query(connection, "SELECT " + LINK_COLUMNS + ", " + versionColumn()
                + " FROM claim_link", row -> remember(readLink(row), ClaimLink::id, row.getInt(8)));
        Map<UUID, List<ClaimId>> members = new HashMap<>();
        Jdbc.query(connection, "SELECT group_id, claim_id FROM group_member ORDER BY group_id, position", row -> {
            members.computeIfAbsent(row.getObject("group_id", UUID.class), k -> new ArrayList<>())
                    .add(new ClaimId(row.getObject("claim_id", UUID.class)));
            return null;
        });
        List<ClaimGroup> groups = Jdbc.query(connection, "SELECT " + GROUP_COLUMNS + ", " + versionColumn()
                + " FROM claim_group", row -> remember(readGroup(row, members), ClaimGroup::id, row.getInt(7)));
        return Annotations.of(claims, links, groups);
    }

    private String versionColumn() {
        return versioned ? "row_version" : "1";
    }

    private <T> T remember(T entity, Function<T, ? extends Object> id, int version) {
        known.put(uuid(id.apply(entity)), version);
        return entity;
    }

    private static UUID uuid(Object id) {
        if (id instanceof ClaimId claim) {
            return claim.value();
        }
        if (id instanceof LinkId link) {
            return link.value();
        }
        return ((GroupId) id).value();
    }

    void committed() {
        known.putAll(pending);
        pending.clear();
    }

    void rolledBack() {
        pending.clear();
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

    /** Writes a whole set of annotations into a project that has none, as a copy does. */
    void insertAll(Annotations annotations) throws SQLException {
        for (Claim claim : annotations.claims()) {
            insertClaim(claim);
        }
        for (ClaimLink link : annotations.links()) {
            insertLink(link);
        }
        for (ClaimGroup group : annotations.groups()) {
            insertGroup(group);
        }
    }

    /**
     * Writes claims whose anchors were found again after their article changed. Every client finds
     * the same places in the same text, so these go through whatever the version, and bump it.
     */
    void updateClaims(List<Claim> claims) throws SQLException {
        for (Claim claim : claims) {
            Jdbc.update(connection, "UPDATE claim SET " + CLAIM_SET + ", row_version = row_version + 1 WHERE id = ?",
                    append(claimValues(claim), claim.id().value()));
            replaceTags(claim);
            pending.put(claim.id().value(), currentVersion("claim", claim.id().value()).orElse(1));
        }
    }

    // Edits update rows in place rather than delete and insert, which links and groups referring to
    // the claim would forbid. A new claim has no row or tags yet to replace.
    private void writeClaim(Change.OfClaim change) throws SQLException {
        if (change.after().isEmpty()) {
            UUID id = change.before().orElseThrow().id().value();
            deleteAtVersion("claim", id, "claim " + change.before().get().id().shortForm(), this::findClaim);
        } else if (change.before().isEmpty()) {
            insertClaim(change.after().get());
        } else {
            Claim claim = change.after().get();
            updateAtVersion("claim", claim.id().value(), "claim " + claim.id().shortForm(), this::findClaim, CLAIM_SET,
                    claimValues(claim));
            replaceTags(claim);
        }
    }

    private void insertClaim(Claim claim) throws SQLException {
        Object[] values = claimValues(claim);
        Object[] row = new Object[values.length + 1];
        row[0] = claim.id().value();
        System.arraycopy(values, 0, row, 1, values.length);
        Jdbc.update(connection, "INSERT INTO claim (" + CLAIM_COLUMNS + ") VALUES (" + CLAIM_PARAMETERS + ")", row);
        pending.put(claim.id().value(), 1);
        insertTags(claim);
    }

    /** The claim's columns after its id, in the order of {@link #CLAIM_SET}. */
    private static Object[] claimValues(Claim claim) {
        Anchor anchor = claim.anchor();
        return new Object[] {claim.articleId(), anchor.start(), anchor.end(), anchor.exact(),
                anchor.quote().prefix(), anchor.quote().suffix(), claim.claimant(), claim.status().name(),
                claim.note(), claim.author(), claim.created(), claim.modified(), claim.orphaned()};
    }

    private static Object[] append(Object[] values, Object... more) {
        Object[] all = new Object[values.length + more.length];
        System.arraycopy(values, 0, all, 0, values.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }

    private void replaceTags(Claim claim) throws SQLException {
        Jdbc.update(connection, "DELETE FROM claim_tag WHERE claim_id = ?", claim.id().value());
        insertTags(claim);
    }

    private void insertTags(Claim claim) throws SQLException {
        int position = 0;
        for (String tag : claim.tags()) {
            Jdbc.update(connection, "INSERT INTO claim_tag (claim_id, position, tag) VALUES (?, ?, ?)",
                    claim.id().value(), position++, tag);
        }
    }

    private void writeLink(Change.OfLink change) throws SQLException {
        if (change.after().isEmpty()) {
            ClaimLink link = change.before().orElseThrow();
            deleteAtVersion("claim_link", link.id().value(), "link " + link.id().shortForm(), this::findLink);
        } else if (change.before().isEmpty()) {
            insertLink(change.after().get());
        } else {
            ClaimLink link = change.after().get();
            updateAtVersion("claim_link", link.id().value(), "link " + link.id().shortForm(), this::findLink,
                    "from_claim = ?, to_claim = ?, link_type = ?, note = ?, author = ?, created = ?",
                    link.from().value(), link.to().value(), link.type().name(), link.note(), link.author(),
                    link.created());
        }
    }

    private void insertLink(ClaimLink link) throws SQLException {
        Jdbc.update(connection, "INSERT INTO claim_link (" + LINK_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                link.id().value(), link.from().value(), link.to().value(), link.type().name(), link.note(),
                link.author(), link.created());
        pending.put(link.id().value(), 1);
    }

    private void writeGroup(Change.OfGroup change) throws SQLException {
        if (change.after().isEmpty()) {
            ClaimGroup group = change.before().orElseThrow();
            deleteAtVersion("claim_group", group.id().value(), "group " + group.id().shortForm(), this::findGroup);
        } else if (change.before().isEmpty()) {
            insertGroup(change.after().get());
        } else {
            ClaimGroup group = change.after().get();
            UUID id = group.id().value();
            updateAtVersion("claim_group", id, "group " + group.id().shortForm(), this::findGroup,
                    "statement = ?, verdict = ?, verification_note = ?, created = ?, modified = ?",
                    group.statement(), group.verdict().map(Verdict::name).orElse(null), group.verificationNote(),
                    group.created(), group.modified());
            Jdbc.update(connection, "DELETE FROM group_member WHERE group_id = ?", id);
            insertMembers(group);
        }
    }

    private void insertGroup(ClaimGroup group) throws SQLException {
        Jdbc.update(connection, "INSERT INTO claim_group (" + GROUP_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                group.id().value(), group.statement(), group.verdict().map(Verdict::name).orElse(null),
                group.verificationNote(), group.created(), group.modified());
        pending.put(group.id().value(), 1);
        insertMembers(group);
    }

    private void insertMembers(ClaimGroup group) throws SQLException {
        int position = 0;
        for (ClaimId member : group.members()) {
            Jdbc.update(connection, "INSERT INTO group_member (group_id, position, claim_id) VALUES (?, ?, ?)",
                    group.id().value(), position++, member.value());
        }
    }

    @FunctionalInterface
    private interface Finder {
        Optional<?> find(UUID id) throws SQLException;
    }

    // Table names and column lists are constants of this class, never input; the values are bound.
    private void updateAtVersion(String table, UUID id, String what, Finder current, String columns, Object... values)
            throws SQLException {
        int version = expectedVersion(table, id);
        int updated = Jdbc.update(connection, "UPDATE " + table + " SET " + columns
                + ", row_version = row_version + 1 WHERE id = ? AND row_version = ?", append(values, id, version));
        requireUpdated(updated, table, id, what, current);
        pending.put(id, version + 1);
    }

    private void deleteAtVersion(String table, UUID id, String what, Finder current) throws SQLException {
        int deleted = Jdbc.update(connection, "DELETE FROM " + table + " WHERE id = ? AND row_version = ?",
                id, expectedVersion(table, id));
        requireUpdated(deleted, table, id, what, current);
        pending.remove(id);
    }

    /**
     * The version this client last saw. A row it has never seen (a store used without loading) is
     * taken at the version it has now.
     */
    private int expectedVersion(String table, UUID id) throws SQLException {
        Integer version = pending.containsKey(id) ? pending.get(id) : known.get(id);
        return version != null ? version : currentVersion(table, id).orElse(1);
    }

    private Optional<Integer> currentVersion(String table, UUID id) throws SQLException {
        if (!versioned) {
            return Optional.of(1);
        }
        return Jdbc.query(connection, "SELECT row_version FROM " + table + " WHERE id = ?", row -> row.getInt(1), id)
                .stream().findFirst();
    }

    /**
     * Refuses the save when the row was not at the expected version, remembering the version it has
     * now. The value and its version are read by separate statements, between which another client
     * may commit; they are read again until the version is the same before and after the value, so
     * a save built on the value reported is checked against that value's own version.
     */
    private void requireUpdated(int rows, String table, UUID id, String what, Finder current) throws SQLException {
        if (rows == 0) {
            while (true) {
                Optional<Integer> versionBefore = currentVersion(table, id);
                Optional<?> now = current.find(id);
                Optional<Integer> versionAfter = currentVersion(table, id);
                if (versionBefore.equals(versionAfter)) {
                    versionAfter.ifPresentOrElse(version -> known.put(id, version), () -> known.remove(id));
                    throw new StaleEditException(what, now.orElse(null));
                }
            }
        }
    }

    private Optional<Claim> findClaim(UUID id) throws SQLException {
        List<String> tags = Jdbc.query(connection, "SELECT tag FROM claim_tag WHERE claim_id = ? ORDER BY position",
                row -> row.getString(1), id);
        return Jdbc.query(connection, "SELECT " + CLAIM_COLUMNS + " FROM claim WHERE id = ?",
                row -> readClaim(row, Map.of(id, tags)), id).stream().findFirst();
    }

    private Optional<ClaimLink> findLink(UUID id) throws SQLException {
        return Jdbc.query(connection, "SELECT " + LINK_COLUMNS + " FROM claim_link WHERE id = ?",
                AnnotationRepository::readLink, id).stream().findFirst();
    }

    private Optional<ClaimGroup> findGroup(UUID id) throws SQLException {
        List<ClaimId> members = Jdbc.query(connection,
                "SELECT claim_id FROM group_member WHERE group_id = ? ORDER BY position",
                row -> new ClaimId(row.getObject(1, UUID.class)), id);
        return Jdbc.query(connection, "SELECT " + GROUP_COLUMNS + " FROM claim_group WHERE id = ?",
                row -> readGroup(row, Map.of(id, members)), id).stream().findFirst();
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
