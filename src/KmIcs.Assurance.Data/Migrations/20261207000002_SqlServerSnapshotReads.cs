using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KmIcs.Assurance.Data.Migrations;

/// <summary>
/// An assurance pack is read in one snapshot (<see cref="Configuration.ConsistentReads"/>). SQL Server gives a
/// transaction a snapshot only when the database allows it, and <c>ALTER DATABASE</c> cannot run inside the migration's
/// transaction, hence <c>suppressTransaction</c>. SQLite and PostgreSQL need nothing: the migration only records itself
/// there. The one provider-specific step of the migrations (docs/adr/0017).
/// </summary>
[DbContext(typeof(AssuranceDbContext))]
[Migration("20261207000002_SqlServerSnapshotReads")]
public sealed class SqlServerSnapshotReads : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.IsSqlServer())
        {
            migrationBuilder.Sql("ALTER DATABASE CURRENT SET ALLOW_SNAPSHOT_ISOLATION ON;", suppressTransaction: true);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.IsSqlServer())
        {
            migrationBuilder.Sql("ALTER DATABASE CURRENT SET ALLOW_SNAPSHOT_ISOLATION OFF;", suppressTransaction: true);
        }
    }
}
