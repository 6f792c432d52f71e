package delivery.billing.application.port.out;

/**
 * The payment gateway. Every call carries an idempotency key (the order id): the gateway answers a
 * repeated key with the first answer and never charges twice for it.
 */
public interface PaymentGatewayPort {

    sealed interface Authorisation {
        record Approved(String authorisationCode) implements Authorisation {
        }

        record Declined(String reason) implements Authorisation {
        }
    }

    /** @throws PaymentGatewayUnavailableException on a transient failure; the caller retries later */
    Authorisation authoriseCard(String idempotencyKey, String cardToken, long amount);

    /** @return the account number the customer pays into */
    String openVirtualAccount(String idempotencyKey, long amount);
}
