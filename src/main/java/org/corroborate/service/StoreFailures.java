package org.corroborate.service;

import java.util.function.Supplier;
import org.corroborate.service.ProjectException.Kind;
import org.corroborate.store.ProjectStoreException;
import org.corroborate.store.StaleEditException;

/** Turns the store's failures into the service's, so the faces never see the store's types. */
final class StoreFailures {
    private StoreFailures() {
    }

    static <T> T call(Supplier<T> storeWork) {
        try {
            return storeWork.get();
        } catch (ProjectStoreException e) {
            throw translate(e);
        }
    }

    static void run(Runnable storeWork) {
        call(() -> {
            storeWork.run();
            return null;
        });
    }

    static ProjectException translate(ProjectStoreException e) {
        if (e instanceof StaleEditException stale) {
            return new EditConflictException(stale);
        }
        Kind kind = switch (e.problem()) {
            case NOT_FOUND -> Kind.NOT_FOUND;
            case ALREADY_EXISTS -> Kind.ALREADY_EXISTS;
            case IN_USE -> Kind.IN_USE;
            case READ_ONLY -> Kind.READ_ONLY;
            case DAMAGED -> Kind.DAMAGED;
            case NOT_A_PROJECT -> Kind.NOT_A_PROJECT;
            case TOO_NEW -> Kind.TOO_NEW;
            case OUTDATED -> Kind.OUTDATED;
            case UNUSABLE_PATH -> Kind.BAD_INPUT;
            case IO_FAILED -> Kind.IO_FAILED;
            case CONNECTION_FAILED -> Kind.CONNECTION_FAILED;
            case CONFLICT -> Kind.CONFLICT;
        };
        return new ProjectException(kind, e.getMessage(), e);
    }
}
