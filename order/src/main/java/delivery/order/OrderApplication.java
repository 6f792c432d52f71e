package delivery.order;

import io.micronaut.runtime.Micronaut;

public class OrderApplication {
    public static void main(String[] args) {
        Micronaut.build(args).mainClass(OrderApplication.class).bootstrapEnvironment(true).start();
    }
}
