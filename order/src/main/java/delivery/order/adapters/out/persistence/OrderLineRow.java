package delivery.order.adapters.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

@MappedEntity("order_line")
record OrderLineRow(@Id @GeneratedValue @Nullable Long id, UUID orderId, int lineNo, UUID productId, String name,
                    long unitPrice, int quantity) {
}
