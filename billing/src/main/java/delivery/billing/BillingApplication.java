package delivery.billing;

import io.micronaut.runtime.Micronaut;

public class BillingApplication {
    public static void main(String[] args) {
        Micronaut.build(args).mainClass(BillingApplication.class).bootstrapEnvironment(true).start();
    }
}
