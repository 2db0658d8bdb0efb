package org.corroborate.ui.project;

import java.util.Optional;
import org.corroborate.service.ProjectLocation;

/**
 * A recently used project as the welcome screen lists it: by its title, with how many articles
 * and claims it holds, or why it could not be read.
 */
public record RecentProject(ProjectLocation.File location, Optional<String> title, int articles, int claims,
                            Optional<String> problem) {
    public static RecentProject read(ProjectLocation.File location, String title, int articles, int claims) {
        return new RecentProject(location, Optional.of(title), articles, claims, Optional.empty());
    }

    public static RecentProject unreadable(ProjectLocation.File location, String problem) {
        return new RecentProject(location, Optional.empty(), 0, 0, Optional.of(problem));
    }

    /** "Cross-border raids into Russia" — or the file's name while the title is unknown. */
    public String heading() {
        return title.orElse(location.displayName());
    }

    /** "5 articles · 4 claims", or what went wrong. */
    public String summary() {
        return problem.orElseGet(() -> articles + (articles == 1 ? " article" : " articles") + " · " + claims
                + (claims == 1 ? " claim" : " claims"));
    }
}
