package delivery.store;

import io.micronaut.runtime.Micronaut;

public class StoreApplication {
    public static void main(String[] args) {
        Micronaut.build(args).mainClass(StoreApplication.class).bootstrapEnvironment(true).start();
    }
}
