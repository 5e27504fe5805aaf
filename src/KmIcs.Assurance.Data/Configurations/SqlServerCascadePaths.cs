using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Identity.Configurations;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Places;
using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KmIcs.Assurance.Data.Configurations;

/// <summary>
/// SQL Server refuses a cascading foreign key that gives a table a second cascading path from some other table (error
/// 1785); SQLite and PostgreSQL accept it. Three tables are reached twice from <c>Tenants</c>, so on SQL Server one
/// path of each deletes nothing (NO ACTION) and the other still cascades:
/// <list type="bullet">
/// <item>a membership's organisation link: still removed with its membership; an organisation with member links
/// cannot be deleted (merging organisations moves the links before deleting, as it does on every engine);</item>
/// <item>a place priority's outcome link: removed with its place priority; outcomes are never deleted;</item>
/// <item>a seed conflict: removed with its tenant; indicators are never deleted.</item>
/// </list>
/// SQLite and PostgreSQL keep the cascades they were created with: changing a foreign key on SQLite means rebuilding
/// the table, which EF cannot do in a migration without a target model (docs/adr/0003), and no code path deletes
/// through the cut paths, so the engines behave alike. <c>CascadePathTests</c> proves the SQL Server model (docs/adr/0017).
/// </summary>
public static class SqlServerCascadePaths
{
    /// <summary>The delete action of the cut foreign keys, for the migrations that create them.</summary>
    public static ReferentialAction SecondPath(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        return migrationBuilder.IsSqlServer() ? ReferentialAction.NoAction : ReferentialAction.Cascade;
    }

    /// <summary>Sets the cut foreign keys to NO ACTION in the SQL Server model.</summary>
    public static void Apply(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Entity<TenantMembershipOrganisation>().HasOne<Organisation>().WithMany()
            .HasForeignKey(o => o.OrganisationId)
            .HasConstraintName(AccountsSchema.MembershipOrganisationOrganisationForeignKey)
            .OnDelete(DeleteBehavior.NoAction);
        builder.Entity<PlacePriorityOutcome>().HasOne<Outcome>().WithMany().HasForeignKey(o => o.OutcomeId).OnDelete(DeleteBehavior.NoAction);
        builder.Entity<Indicator>().HasMany(i => i.Conflicts).WithOne().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.NoAction);
    }
}
