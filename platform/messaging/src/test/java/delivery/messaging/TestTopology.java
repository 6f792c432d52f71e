package delivery.messaging;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Declares the test exchange and queues as soon as the connection exists, before any listener subscribes. */
@Singleton
public class TestTopology implements BeanCreatedEventListener<Connection> {

    @Override
    public Connection onCreated(BeanCreatedEvent<Connection> event) {
        Connection connection = event.getBean();
        try (Channel channel = connection.createChannel()) {
            TestBroker.declareTopology(channel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return connection;
    }
}
