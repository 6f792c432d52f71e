package delivery.store.adapters.out.persistence;

import delivery.store.application.port.out.ProductRepository;
import delivery.store.domain.Product;
import delivery.store.domain.ProductOption;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Products in {@code product}, their options in {@code product_option}; the menu order is the insertion order. */
@Singleton
class ProductPersistenceAdapter implements ProductRepository {

    private static final String COLUMNS = "select id, store_id, name, price, sold_out from product ";
    private static final String INSERT = "insert into product (id, store_id, name, price, sold_out) values (?, ?, ?, ?, ?)";
    private static final String INSERT_OPTION = """
            insert into product_option (product_id, option_no, name, price, min_quantity, max_quantity)
            values (?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = "update product set name = ?, price = ?, sold_out = ? where id = ?";
    private static final String OPTIONS_OF = """
            select product_id, name, price, min_quantity, max_quantity from product_option
            where product_id = any(?) order by product_id, option_no""";

    private final JdbcOperations jdbc;

    ProductPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Product product) {
        jdbc.prepareStatement(INSERT, statement -> {
            statement.setObject(1, product.id());
            statement.setObject(2, product.storeId());
            statement.setString(3, product.name());
            statement.setLong(4, product.price());
            statement.setBoolean(5, product.soldOut());
            return statement.executeUpdate();
        });
        if (product.options().isEmpty()) {
            return;
        }
        jdbc.prepareStatement(INSERT_OPTION, statement -> {
            int optionNo = 0;
            for (ProductOption option : product.options()) {
                statement.setObject(1, product.id());
                statement.setInt(2, optionNo++);
                statement.setString(3, option.name());
                statement.setLong(4, option.price());
                statement.setInt(5, option.min());
                statement.setInt(6, option.max());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    @Override
    public void update(Product product) {
        jdbc.prepareStatement(UPDATE, statement -> {
            statement.setString(1, product.name());
            statement.setLong(2, product.price());
            statement.setBoolean(3, product.soldOut());
            statement.setObject(4, product.id());
            return statement.executeUpdate();
        });
    }

    @Override
    public Optional<Product> findById(UUID productId) {
        return select(COLUMNS + "where id = ?", statement -> statement.setObject(1, productId)).stream().findFirst();
    }

    @Override
    public List<Product> findByStore(UUID storeId) {
        return select(COLUMNS + "where store_id = ? order by menu_order", statement -> statement.setObject(1, storeId));
    }

    @Override
    public List<Product> findByStore(UUID storeId, Collection<UUID> productIds) {
        return select(COLUMNS + "where store_id = ? and id = any(?) order by menu_order", statement -> {
            statement.setObject(1, storeId);
            statement.setArray(2, statement.getConnection().createArrayOf("uuid", productIds.toArray()));
        });
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private record Row(UUID id, UUID storeId, String name, long price, boolean soldOut) {
    }

    private List<Product> select(String sql, Parameters parameters) {
        List<Row> rows = jdbc.prepareStatement(sql, statement -> {
            parameters.set(statement);
            List<Row> found = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    found.add(new Row(result.getObject(1, UUID.class), result.getObject(2, UUID.class),
                            result.getString(3), result.getLong(4), result.getBoolean(5)));
                }
            }
            return found;
        });
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ProductOption>> options = optionsOf(rows.stream().map(Row::id).toArray());
        return rows.stream().map(row -> Product.restore(row.id(), row.storeId(), row.name(), row.price(), row.soldOut(),
                options.getOrDefault(row.id(), List.of()))).toList();
    }

    private Map<UUID, List<ProductOption>> optionsOf(Object[] productIds) {
        return jdbc.prepareStatement(OPTIONS_OF, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", productIds));
            Map<UUID, List<ProductOption>> options = new HashMap<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    options.computeIfAbsent(result.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new ProductOption(result.getString(2), result.getLong(3), result.getInt(4),
                                    result.getInt(5)));
                }
            }
            return options;
        });
    }
}
