package org.corroborate.cli;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.model.Publisher;
import org.corroborate.service.ExportFormat;
import org.corroborate.model.ClaimStatus;
import org.corroborate.model.LinkType;
import org.corroborate.model.Verdict;
import org.corroborate.service.ProjectExport;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns the codes people type (disputed, mostly-true, contradicts, jsonld) and web addresses into values.
 * A code that is not one makes a usage error that lists the valid ones.
 */
final class CodeConverters {
    private CodeConverters() {
    }

    private static <T> T convert(String text, Function<String, Optional<T>> parse, String what, String valid) {
        return parse.apply(text).orElseThrow(() -> new TypeConversionException(
                "unknown " + what + " “" + text + "”; use one of: " + valid));
    }

    static final class StatusConverter implements ITypeConverter<ClaimStatus> {
        @Override
        public ClaimStatus convert(String text) {
            return CodeConverters.convert(text, ClaimStatus::parse, "status", ClaimStatus.allCodes());
        }
    }

    static final class VerdictConverter implements ITypeConverter<Verdict> {
        @Override
        public Verdict convert(String text) {
            return CodeConverters.convert(text, Verdict::parse, "verdict", Verdict.allCodes());
        }
    }

    static final class LinkTypeConverter implements ITypeConverter<LinkType> {
        @Override
        public LinkType convert(String text) {
            return CodeConverters.convert(text, LinkType::parse, "link type",
                    Arrays.stream(LinkType.values()).map(LinkType::code).collect(Collectors.joining(", ")));
        }
    }

    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String text) {
            return CodeConverters.convert(text, ProjectExport::formatFor, "format", ProjectExport.codes());
        }
    }

    static final class WebAddressConverter implements ITypeConverter<URI> {
        @Override
        public URI convert(String text) {
            try {
                return Publisher.webAddress(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
