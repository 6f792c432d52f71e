package delivery.rider.domain;

/** The missing-item report filed on a delivery (at most one per delivery). */
public record MissingReport(Fault fault, Resolution resolution) {

    public MissingReport {
        Require.present("fault", fault);
        Require.present("resolution", resolution);
    }
}
