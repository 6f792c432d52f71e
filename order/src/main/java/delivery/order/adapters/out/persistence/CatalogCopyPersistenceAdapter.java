package delivery.order.adapters.out.persistence;

import delivery.order.application.port.out.CatalogCopyRepository;
import delivery.order.domain.catalog.CatalogOption;
import delivery.order.domain.catalog.CatalogProduct;
import delivery.order.domain.catalog.CatalogSite;
import delivery.order.domain.catalog.CatalogSlot;
import delivery.order.domain.catalog.CatalogStore;
import delivery.order.domain.catalog.CatalogStoreStatus;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY;

/**
 * The catalog copy in plain SQL: upserts make every event safe to apply in any order, and a
 * menu is replaced as a whole (its products, and their options by cascade).
 */
@Singleton
@Transactional(propagation = MANDATORY)
class CatalogCopyPersistenceAdapter implements CatalogCopyRepository {

    private final JdbcOperations jdbc;

    CatalogCopyPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CatalogStore> findStore(UUID storeId) {
        return jdbc.prepareStatement("""
                select store_id, name, status, site_ids, open_time, close_time from catalog_store where store_id = ?""",
                statement -> {
                    statement.setObject(1, storeId);
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return Optional.empty();
                        }
                        return Optional.of(new CatalogStore(row.getObject("store_id", UUID.class), row.getString("name"),
                                CatalogStoreStatus.valueOf(row.getString("status")), uuids(row.getArray("site_ids")),
                                time(row, "open_time"), time(row, "close_time")));
                    }
                });
    }

    @Override
    public Optional<CatalogSlot> findSlot(UUID slotId) {
        return jdbc.prepareStatement("""
                select slot_id, site_id, order_deadline, pickup_time, arrival_time from catalog_slot where slot_id = ?""",
                statement -> {
                    statement.setObject(1, slotId);
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return Optional.empty();
                        }
                        return Optional.of(new CatalogSlot(row.getObject("slot_id", UUID.class),
                                row.getObject("site_id", UUID.class), time(row, "order_deadline"),
                                time(row, "pickup_time"), time(row, "arrival_time")));
                    }
                });
    }

    @Override
    public Optional<CatalogSite> findSite(UUID siteId) {
        return jdbc.prepareStatement("select site_id, name, address from catalog_site where site_id = ?",
                statement -> {
                    statement.setObject(1, siteId);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next()
                                ? Optional.of(new CatalogSite(row.getObject("site_id", UUID.class), row.getString("name"),
                                row.getString("address")))
                                : Optional.empty();
                    }
                });
    }

    @Override
    public Map<UUID, CatalogProduct> findProducts(UUID storeId, Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("""
                select p.product_id, p.name, p.price, p.sold_out, o.name as option_name, o.price as option_price,
                       o.min_quantity, o.max_quantity
                from catalog_product p left join catalog_product_option o on o.product_id = p.product_id
                where p.store_id = ? and p.product_id = any (?)
                order by p.position, o.position""", statement -> {
            statement.setObject(1, storeId);
            statement.setArray(2, statement.getConnection().createArrayOf("uuid", productIds.toArray()));
            // one row per option (or one for a product without options), products in menu order
            Map<UUID, CatalogProduct> products = new LinkedHashMap<>();
            Map<UUID, List<CatalogOption>> options = new LinkedHashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    UUID productId = row.getObject("product_id", UUID.class);
                    if (!products.containsKey(productId)) {
                        products.put(productId, new CatalogProduct(productId, storeId, row.getString("name"),
                                row.getLong("price"), row.getBoolean("sold_out"), List.of()));
                        options.put(productId, new ArrayList<>());
                    }
                    if (row.getString("option_name") != null) {
                        options.get(productId).add(new CatalogOption(row.getString("option_name"),
                                row.getLong("option_price"), row.getInt("min_quantity"), row.getInt("max_quantity")));
                    }
                }
            }
            products.replaceAll((productId, product) -> new CatalogProduct(productId, storeId, product.name(),
                    product.price(), product.soldOut(), options.get(productId)));
            return products;
        });
    }

    @Override
    public void saveRegistration(UUID storeId, String name, Set<UUID> siteIds, LocalTime openTime,
                                 LocalTime closeTime) {
        jdbc.prepareStatement("""
                insert into catalog_store (store_id, name, status, site_ids, open_time, close_time)
                values (?, ?, 'PENDING_REVIEW', ?, ?, ?)
                on conflict (store_id) do update set name = excluded.name, site_ids = excluded.site_ids,
                    open_time = excluded.open_time, close_time = excluded.close_time""", statement -> {
            statement.setObject(1, storeId);
            statement.setString(2, name);
            statement.setArray(3, statement.getConnection().createArrayOf("uuid", siteIds.toArray()));
            setTime(statement, 4, openTime);
            setTime(statement, 5, closeTime);
            return statement.executeUpdate();
        });
    }

    @Override
    public void saveReview(UUID storeId, String name, CatalogStoreStatus status) {
        jdbc.prepareStatement("""
                insert into catalog_store (store_id, name, status) values (?, ?, ?)
                on conflict (store_id) do update set status = excluded.status,
                    name = coalesce(excluded.name, catalog_store.name)""", statement -> {
            statement.setObject(1, storeId);
            statement.setString(2, name);
            statement.setString(3, status.name());
            return statement.executeUpdate();
        });
    }

    @Override
    public boolean replaceMenu(UUID storeId, Instant asOf, List<CatalogProduct> products) {
        // takes the store's menu row (and its lock) only when this snapshot is not older than the one held
        int taken = jdbc.prepareStatement("""
                insert into catalog_menu (store_id, as_of) values (?, ?)
                on conflict (store_id) do update set as_of = excluded.as_of where catalog_menu.as_of <= excluded.as_of""",
                statement -> {
                    statement.setObject(1, storeId);
                    statement.setObject(2, OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC));
                    return statement.executeUpdate();
                });
        if (taken == 0) {
            return false;
        }
        jdbc.prepareStatement("delete from catalog_product where store_id = ?", statement -> {
            statement.setObject(1, storeId);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("""
                insert into catalog_product (product_id, store_id, position, name, price, sold_out)
                values (?, ?, ?, ?, ?, ?)
                on conflict (product_id) do update set store_id = excluded.store_id, position = excluded.position,
                    name = excluded.name, price = excluded.price, sold_out = excluded.sold_out""", statement -> {
            for (int position = 0; position < products.size(); position++) {
                CatalogProduct product = products.get(position);
                statement.setObject(1, product.productId());
                statement.setObject(2, storeId);
                statement.setInt(3, position);
                statement.setString(4, product.name());
                statement.setLong(5, product.price());
                statement.setBoolean(6, product.soldOut());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
        // a product that moved here from another store's menu keeps no options of its old self
        jdbc.prepareStatement("delete from catalog_product_option where product_id = any (?)", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid",
                    products.stream().map(CatalogProduct::productId).toArray()));
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("""
                insert into catalog_product_option (product_id, position, name, price, min_quantity, max_quantity)
                values (?, ?, ?, ?, ?, ?)""", statement -> {
            for (CatalogProduct product : products) {
                for (int position = 0; position < product.options().size(); position++) {
                    CatalogOption option = product.options().get(position);
                    statement.setObject(1, product.productId());
                    statement.setInt(2, position);
                    statement.setString(3, option.name());
                    statement.setLong(4, option.price());
                    statement.setInt(5, option.min());
                    statement.setInt(6, option.max());
                    statement.addBatch();
                }
            }
            return statement.executeBatch();
        });
        return true;
    }

    @Override
    public void saveSite(CatalogSite site) {
        jdbc.prepareStatement("""
                insert into catalog_site (site_id, name, address) values (?, ?, ?)
                on conflict (site_id) do update set name = excluded.name, address = excluded.address""", statement -> {
            statement.setObject(1, site.siteId());
            statement.setString(2, site.name());
            statement.setString(3, site.address());
            return statement.executeUpdate();
        });
    }

    @Override
    public void saveSlot(CatalogSlot slot) {
        jdbc.prepareStatement("""
                insert into catalog_slot (slot_id, site_id, order_deadline, pickup_time, arrival_time)
                values (?, ?, ?, ?, ?)
                on conflict (slot_id) do update set site_id = excluded.site_id,
                    order_deadline = excluded.order_deadline, pickup_time = excluded.pickup_time,
                    arrival_time = excluded.arrival_time""", statement -> {
            statement.setObject(1, slot.slotId());
            statement.setObject(2, slot.siteId());
            setTime(statement, 3, slot.orderDeadline());
            setTime(statement, 4, slot.pickupTime());
            setTime(statement, 5, slot.arrivalTime());
            return statement.executeUpdate();
        });
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList((UUID[]) array.getArray()));
    }

    private static LocalTime time(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalTime.class);
    }

    private static void setTime(PreparedStatement statement, int index, LocalTime time) throws SQLException {
        if (time == null) {
            statement.setNull(index, Types.TIME);
        } else {
            statement.setObject(index, time);
        }
    }
}
