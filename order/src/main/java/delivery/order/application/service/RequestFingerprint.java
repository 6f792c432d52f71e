package delivery.order.application.service;

import delivery.order.application.port.in.PlaceOrderUseCase.PlaceOrderCommand;
import delivery.order.domain.RequestedItem;
import delivery.order.domain.RequestedItem.RequestedOption;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of everything a placement request asks for (all but its idempotency key), so a retry
 * is told apart from a different request under the same key. Each value is written with its
 * length, so no text of the request can pass for a boundary between two values.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(PlaceOrderCommand command) {
        StringBuilder canonical = new StringBuilder();
        append(canonical, command.customerId());
        append(canonical, command.storeId());
        append(canonical, command.siteId());
        append(canonical, command.slotId());
        append(canonical, command.items().size());
        for (RequestedItem item : command.items()) {
            append(canonical, item.productId());
            append(canonical, item.quantity());
            append(canonical, item.options().size());
            for (RequestedOption option : item.options()) {
                append(canonical, option.name());
                append(canonical, option.quantity());
            }
        }
        append(canonical, command.note());
        append(canonical, command.paymentMethod());
        append(canonical, command.cardToken());
        append(canonical, command.couponCode());
        append(canonical, command.points());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void append(StringBuilder canonical, Object value) {
        if (value == null) {
            canonical.append("-;");
        } else {
            String text = value.toString();
            canonical.append(text.length()).append(':').append(text).append(';');
        }
    }
}
