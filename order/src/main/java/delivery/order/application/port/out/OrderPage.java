package delivery.order.application.port.out;

import delivery.order.domain.Order;

import java.util.List;

/** One page of a customer's orders, newest first, and how many they have in all. */
public record OrderPage(List<Order> orders, int page, int size, long total) {

    public OrderPage {
        orders = List.copyOf(orders);
    }
}
