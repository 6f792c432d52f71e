package delivery.store.domain;

/** Integer KRW arithmetic that refuses to overflow instead of wrapping around. */
final class Money {

    private Money() {
    }

    static long plus(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw tooLarge();
        }
    }

    static long times(long amount, long quantity) {
        try {
            return Math.multiplyExact(amount, quantity);
        } catch (ArithmeticException e) {
            throw tooLarge();
        }
    }

    private static InvalidValueException tooLarge() {
        return new InvalidValueException("items", "the order's amount is too large");
    }
}
