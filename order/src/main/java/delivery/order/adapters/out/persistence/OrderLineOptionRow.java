package delivery.order.adapters.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("order_line_option")
record OrderLineOptionRow(@Id @GeneratedValue @Nullable Long id, long lineId, int optionNo, String name,
                          long unitPrice, int quantity) {
}
