using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Testing.Databases;

// Every [BothDatabases] test compiled into this assembly runs once, on SQL Server (the server ASSURANCE_TEST_SQLSERVER names).
[assembly: DataTestEngines(DatabaseProvider.SqlServer)]
