package delivery.billing.application.port.in;

/** Another coupon already has the code; codes are unique. */
public class CouponCodeTakenException extends RuntimeException {

    public CouponCodeTakenException(String code) {
        super("a coupon with code " + code + " already exists");
    }

    public String field() {
        return "code";
    }
}
