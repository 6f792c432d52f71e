package delivery.notification.adapters.out.persistence;

import delivery.notification.application.port.out.PreferencesRepository;
import delivery.notification.domain.Language;
import delivery.notification.domain.Preferences;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

@Singleton
class PreferencesPersistenceAdapter implements PreferencesRepository {

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PreferencesRows extends CrudRepository<PreferencesRow, UUID> {
    }

    private final PreferencesRows rows;

    PreferencesPersistenceAdapter(PreferencesRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Preferences> find(UUID recipientId) {
        return rows.findById(recipientId)
                .map(row -> new Preferences(row.recipientId(), row.email(), row.emailAddress(), row.push(),
                        Language.of(row.language())));
    }

    @Override
    public void save(Preferences p) {
        PreferencesRow row = new PreferencesRow(p.recipientId(), p.email(), p.emailAddress(), p.push(),
                p.language().code());
        if (rows.existsById(p.recipientId())) {
            rows.update(row);
        } else {
            rows.save(row);
        }
    }
}
