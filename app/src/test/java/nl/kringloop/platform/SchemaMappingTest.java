package nl.kringloop.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema the migrations make (db/migration/derby, and db/migration/postgresql when the build's PostgreSQL runs)
 * against what the entities map: every table and column an entity uses must exist, and no NOT NULL column without a
 * default may be unknown to its entity (an insert would fail). A failure names the table and column, so whoever adds
 * an entity field sees which migration script is missing.
 */
class SchemaMappingTest {

    @Test
    void derbyMigrationsMakeEveryTableAndColumnTheEntitiesMap() throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:schema-check");
        ds.setCreateDatabase("create");
        Migrations.migrate(ds, getClass().getClassLoader());
        assertThat(mismatches(ds, "APP")).isEmpty();
    }

    @Test
    void postgresqlMigrationsMakeEveryTableAndColumnTheEntitiesMap() throws Exception {
        String url = System.getProperty("kringloop.pg.url");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null, "no PostgreSQL of the build (profile postgresql)");
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(url.replace("/kringloop", "/postgres"));
        ds.setUser("kringloop");
        ds.setPassword(System.getProperty("kringloop.pg.password"));
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("drop database if exists kringloop_schema_check with (force)");
            c.createStatement().execute("create database kringloop_schema_check");
        }
        ds.setUrl(url.replace("/kringloop", "/kringloop_schema_check"));
        Migrations.migrate(ds, getClass().getClassLoader());
        assertThat(mismatches(ds, "public")).isEmpty();
    }

    /** "table KL_X is missing", "column KL_X.Y is missing", "column KL_X.Z is NOT NULL but not mapped" */
    static List<String> mismatches(DataSource ds, String schema) throws SQLException, IOException {
        Map<String, Set<String>> mapped = mappedColumns();
        List<String> problems = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            for (var t : mapped.entrySet()) {
                Map<String, Boolean> columns = new TreeMap<>(); // upper-case name -> required (NOT NULL, no default)
                for (String name : List.of(t.getKey(), t.getKey().toLowerCase(Locale.ROOT))) {
                    try (ResultSet rs = md.getColumns(null, schema, name, null)) {
                        while (rs.next()) {
                            columns.put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT),
                                    rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls
                                            && rs.getString("COLUMN_DEF") == null
                                            && !"YES".equals(rs.getString("IS_AUTOINCREMENT")));
                        }
                    }
                }
                if (columns.isEmpty()) {
                    problems.add("table " + t.getKey() + " is missing");
                    continue;
                }
                for (String col : t.getValue()) {
                    if (!columns.containsKey(col)) {
                        problems.add("column " + t.getKey() + "." + col + " is missing");
                    }
                }
                columns.forEach((col, required) -> {
                    if (required && !t.getValue().contains(col)) {
                        problems.add("column " + t.getKey() + "." + col + " is NOT NULL without a default but no entity field maps it");
                    }
                });
            }
        }
        return problems;
    }

    /** table -> columns, as EclipseLink names them by default (field name in upper case, or the annotation's name). */
    static Map<String, Set<String>> mappedColumns() throws IOException {
        Map<String, Set<String>> tables = new TreeMap<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, SchemaMappingTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (!type.isAnnotationPresent(Entity.class)) {
                    continue;
                }
                Table table = type.getAnnotation(Table.class);
                String tableName = (table != null && !table.name().isEmpty() ? table.name() : type.getSimpleName())
                        .toUpperCase(Locale.ROOT);
                Set<String> columns = tables.computeIfAbsent(tableName, k -> new TreeSet<>());
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                                || field.isAnnotationPresent(Transient.class)
                                || field.isAnnotationPresent(jakarta.persistence.OneToMany.class)
                                || field.isAnnotationPresent(jakarta.persistence.ManyToMany.class)) {
                            // a collection's rows live in the other table
                            continue;
                        }
                        columns.add(column(field).toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return tables;
    }

    private static String column(Field f) {
        if (f.isAnnotationPresent(ManyToOne.class) || f.isAnnotationPresent(OneToOne.class)) {
            JoinColumn j = f.getAnnotation(JoinColumn.class);
            return j != null && !j.name().isEmpty() ? j.name() : f.getName() + "_ID";
        }
        Column col = f.getAnnotation(Column.class);
        return col != null && !col.name().isEmpty() ? col.name() : f.getName();
    }
}
