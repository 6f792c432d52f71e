package delivery.store.contracts;

import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.PactSource;
import au.com.dius.pact.provider.junitsupport.loader.PactFolderLoader;
import au.com.dius.pact.provider.junitsupport.loader.PactLoader;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed pacts naming the store: consumers call its HTTP API {@code store} and its events
 * {@code store-events} (order, billing, rider) or {@code store} (notification). Each verification
 * test takes the interactions of its kind ({@code @PactFilter} by interaction type).
 */
public class StorePacts implements PactLoader {

    private final PactFolderLoader folder =
            new PactFolderLoader(new File(System.getProperty("pact.rootDir", "../contracts/pacts")));

    @Override
    public List<Pact> load(String providerName) throws IOException {
        List<Pact> pacts = new ArrayList<>(folder.load("store"));
        pacts.addAll(folder.load("store-events"));
        return pacts;
    }

    @Override
    public PactSource getPactSource() {
        return folder.getPactSource();
    }

    @Override
    public String description() {
        return "pacts of store and store-events in " + folder.description();
    }
}
