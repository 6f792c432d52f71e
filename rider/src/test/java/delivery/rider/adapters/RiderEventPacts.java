package delivery.rider.adapters;

import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.PactSource;
import au.com.dius.pact.provider.junitsupport.loader.PactFolderLoader;
import au.com.dius.pact.provider.junitsupport.loader.PactLoader;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed pacts of rider's events: consumers call the provider {@code rider} (notification)
 * or {@code rider-events} (billing, like order's and store's message channels); both are rider.events.
 */
public class RiderEventPacts implements PactLoader {

    private final PactFolderLoader folder =
            new PactFolderLoader(new File(System.getProperty("pact.rootDir", "../contracts/pacts")));

    @Override
    public List<Pact> load(String providerName) throws IOException {
        List<Pact> pacts = new ArrayList<>(folder.load(providerName));
        pacts.addAll(folder.load(providerName + "-events"));
        return pacts;
    }

    @Override
    public PactSource getPactSource() {
        return folder.getPactSource();
    }

    @Override
    public String description() {
        return "pacts of rider and rider-events in " + folder.description();
    }
}
