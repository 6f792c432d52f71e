package delivery.rider;

import io.micronaut.runtime.Micronaut;

public class RiderApplication {
    public static void main(String[] args) {
        Micronaut.build(args).mainClass(RiderApplication.class).bootstrapEnvironment(true).start();
    }
}
