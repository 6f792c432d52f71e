package delivery.rider.adapters.in.web;

import java.util.List;

/** A query that needs at least one of several parameters got none of them. */
class MissingQueryParametersException extends RuntimeException {
    private final List<String> names;

    MissingQueryParametersException(List<String> names) {
        super("give at least one of the query parameters " + String.join(", ", names));
        this.names = List.copyOf(names);
    }

    List<String> names() {
        return names;
    }
}
