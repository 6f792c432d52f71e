package delivery.order.domain;

/**
 * How the customer pays for an order: the method, the card token billing charges (CARD only,
 * known only while the order is being placed: it is handed to billing in {@link OrderPlaced} and
 * never stored), and the coupon and points billing deducts.
 */
public record OrderPayment(PaymentMethod method, String cardToken, String couponCode, long points) {

    static final int MAX_CARD_TOKEN = 200;
    static final int MAX_COUPON_CODE = 50;

    public OrderPayment {
        Require.present("payment.method", method);
        Require.optionalText("payment.cardToken", cardToken, MAX_CARD_TOKEN);
        Require.optionalText("couponCode", couponCode, MAX_COUPON_CODE);
        Require.atLeast("points", points, 0);
        if (couponCode != null && couponCode.isBlank()) {
            throw new InvalidValueException("couponCode", "couponCode must not be blank");
        }
    }

    /** The payment of a new order: a card payment needs its token, a virtual account takes none. */
    public static OrderPayment forPlacement(PaymentMethod method, String cardToken, String couponCode, long points) {
        Require.present("payment.method", method);
        if (method == PaymentMethod.CARD) {
            Require.text("payment.cardToken", cardToken, MAX_CARD_TOKEN);
        } else if (cardToken != null) {
            throw new InvalidValueException("payment.cardToken", "payment.cardToken is only for CARD payments");
        }
        return new OrderPayment(method, cardToken, couponCode, points);
    }

    /** The same payment as stored: everything but the card token. */
    public OrderPayment withoutCardToken() {
        return new OrderPayment(method, null, couponCode, points);
    }
}
