package delivery.order.contracts;

import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.PactSource;
import au.com.dius.pact.provider.junitsupport.loader.PactFolderLoader;
import au.com.dius.pact.provider.junitsupport.loader.PactLoader;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed pacts of the order's events: consumers call the provider {@code order-events}
 * (billing, rider, store) or {@code order} (notification); both are order.events.
 */
public class OrderEventPacts implements PactLoader {

    private final PactFolderLoader folder =
            new PactFolderLoader(new File(System.getProperty("pact.rootDir", "../contracts/pacts")));

    @Override
    public List<Pact> load(String providerName) throws IOException {
        List<Pact> pacts = new ArrayList<>(folder.load("order"));
        pacts.addAll(folder.load("order-events"));
        return pacts;
    }

    @Override
    public PactSource getPactSource() {
        return folder.getPactSource();
    }

    @Override
    public String description() {
        return "pacts of order and order-events in " + folder.description();
    }
}
