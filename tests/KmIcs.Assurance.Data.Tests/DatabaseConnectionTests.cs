using KmIcs.Assurance.Data.Configuration;

namespace KmIcs.Assurance.Data.Tests;

public class DatabaseConnectionTests
{
    [Fact]
    public void Sqlite_without_a_connection_string_uses_a_file_in_the_data_directory()
    {
        var root = Path.Combine(Path.GetTempPath(), "kmics-root-" + Guid.NewGuid().ToString("N"));

        var connection = DatabaseConnection.Resolve(new DatabaseOptions { DataDirectory = "App_Data" }, null, root);

        Assert.Equal(DatabaseProvider.Sqlite, connection.Provider);
        Assert.Contains(Path.Combine(root, "App_Data", "assurance.db"), connection.ConnectionString, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(root, "App_Data")));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void An_explicit_connection_string_wins()
    {
        var connection = DatabaseConnection.Resolve(new DatabaseOptions { Provider = DatabaseProvider.PostgreSQL }, "Host=db;Database=x", "/");

        Assert.Equal(new DatabaseConnection(DatabaseProvider.PostgreSQL, "Host=db;Database=x"), connection);
    }

    [Theory]
    [InlineData(DatabaseProvider.PostgreSQL)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void A_server_engine_without_a_connection_string_says_which_setting_to_set(DatabaseProvider provider)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            DatabaseConnection.Resolve(new DatabaseOptions { Provider = provider }, " ", "/"));

        Assert.Contains("ConnectionStrings__Assurance", error.Message, StringComparison.Ordinal);
        Assert.Contains(provider.ToString(), error.Message, StringComparison.Ordinal);
    }
}
