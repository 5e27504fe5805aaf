using KmIcs.Assurance.Data.Configurations;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Identity.Configurations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace KmIcs.Assurance.Data.Migrations;

/// <summary>
/// Accounts, tenancy and audit: ASP.NET Core Identity's tables (the schema-version-2 shape pinned by
/// <see cref="IdentitySchema"/>), tenant memberships with their roles and organisations, invitations, per-tenant
/// account settings, the audit log and data-protection keys. Provider-neutral (docs/adr/0003): no column types; the
/// claim ids carry each engine's identity annotation, and one foreign key is NO ACTION on SQL Server only
/// (<see cref="SqlServerCascadePaths"/>).
/// </summary>
[DbContext(typeof(AssuranceDbContext))]
[Migration("20261122000002_Accounts")]
public sealed class Accounts : Migration
{
    private const string Users = "AspNetUsers";
    private const string Roles = "AspNetRoles";
    private const string Tenants = "Tenants";
    private const string Organisations = "Organisations";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        CreateIdentityTables(migrationBuilder);
        CreateMembershipTables(migrationBuilder);
        CreateAuditAndKeyTables(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[]
        {
            AccountsSchema.DataProtectionKeys, AccountsSchema.AuditEntries, AccountsSchema.TenantAccountSettings,
            AccountsSchema.Invitations, AccountsSchema.MembershipOrganisations, AccountsSchema.MembershipRoles,
            AccountsSchema.Memberships, "AspNetUserTokens", "AspNetUserRoles", "AspNetUserLogins", "AspNetUserClaims",
            "AspNetRoleClaims", Users, Roles,
        })
        {
            migrationBuilder.DropTable(table);
        }
    }

    private static void CreateIdentityTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Roles,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AspNetRoles", x => x.Id));

        migrationBuilder.CreateTable(
            name: Users,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DisplayName = table.Column<string>(maxLength: AccountsSchema.DisplayNameMaxLength, nullable: false),
                IsActive = table.Column<bool>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(maxLength: IdentitySchema.MaxPhoneNumberLength, nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AspNetUsers", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AspNetRoleClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                RoleId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                table.ForeignKey("FK_AspNetRoleClaims_AspNetRoles_RoleId", x => x.RoleId, Roles, "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                UserId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                table.ForeignKey("FK_AspNetUserClaims_AspNetUsers_UserId", x => x.UserId, Users, "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(maxLength: IdentitySchema.MaxKeyLength, nullable: false),
                ProviderKey = table.Column<string>(maxLength: IdentitySchema.MaxKeyLength, nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_AspNetUserLogins_AspNetUsers_UserId", x => x.UserId, Users, "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserRoles",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                RoleId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey("FK_AspNetUserRoles_AspNetRoles_RoleId", x => x.RoleId, Roles, "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_AspNetUserRoles_AspNetUsers_UserId", x => x.UserId, Users, "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserTokens",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                LoginProvider = table.Column<string>(maxLength: IdentitySchema.MaxKeyLength, nullable: false),
                Name = table.Column<string>(maxLength: IdentitySchema.MaxKeyLength, nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_AspNetUserTokens_AspNetUsers_UserId", x => x.UserId, Users, "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("RoleNameIndex", Roles, "NormalizedName", unique: true);
        migrationBuilder.CreateIndex("EmailIndex", Users, "NormalizedEmail");
        migrationBuilder.CreateIndex("UserNameIndex", Users, "NormalizedUserName", unique: true);
        migrationBuilder.CreateIndex("IX_AspNetRoleClaims_RoleId", "AspNetRoleClaims", "RoleId");
        migrationBuilder.CreateIndex("IX_AspNetUserClaims_UserId", "AspNetUserClaims", "UserId");
        migrationBuilder.CreateIndex("IX_AspNetUserLogins_UserId", "AspNetUserLogins", "UserId");
        migrationBuilder.CreateIndex("IX_AspNetUserRoles_RoleId", "AspNetUserRoles", "RoleId");
    }

    private static void CreateMembershipTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: AccountsSchema.Memberships,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                IsActive = table.Column<bool>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TenantMemberships", x => x.Id);
                table.ForeignKey(AccountsSchema.MembershipUserForeignKey, x => x.UserId, Users, "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(AccountsSchema.MembershipTenantForeignKey, x => x.TenantId, Tenants, "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: AccountsSchema.MembershipRoles,
            columns: table => new
            {
                MembershipId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: AccountsSchema.RoleMaxLength, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TenantMembershipRoles", x => new { x.MembershipId, x.Role });
                table.ForeignKey(AccountsSchema.MembershipRoleMembershipForeignKey, x => x.MembershipId, AccountsSchema.Memberships, "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: AccountsSchema.MembershipOrganisations,
            columns: table => new
            {
                MembershipId = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TenantMembershipOrganisations", x => new { x.MembershipId, x.OrganisationId });
                table.ForeignKey(AccountsSchema.MembershipOrganisationOrganisationForeignKey, x => x.OrganisationId, Organisations, "Id", onDelete: SqlServerCascadePaths.SecondPath(migrationBuilder));
                table.ForeignKey(AccountsSchema.MembershipOrganisationMembershipForeignKey, x => x.MembershipId, AccountsSchema.Memberships, "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: AccountsSchema.Invitations,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Email = table.Column<string>(maxLength: AccountsSchema.EmailMaxLength, nullable: false),
                TokenHash = table.Column<string>(maxLength: AccountsSchema.TokenHashLength, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                ExpiresAtUtc = table.Column<DateTime>(nullable: false),
                AcceptedAtUtc = table.Column<DateTime>(nullable: true),
                InvitedByUserId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Invitations", x => x.Id);
                table.ForeignKey(AccountsSchema.InvitationUserForeignKey, x => x.UserId, Users, "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(AccountsSchema.InvitationTenantForeignKey, x => x.TenantId, Tenants, "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: AccountsSchema.TenantAccountSettings,
            columns: table => new
            {
                TenantId = table.Column<Guid>(nullable: false),
                MembersMaySkipTwoFactor = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TenantAccountSettings", x => x.TenantId);
                table.ForeignKey(AccountsSchema.TenantAccountSettingsTenantForeignKey, x => x.TenantId, Tenants, "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(AccountsSchema.MembershipTenantUserIndex, AccountsSchema.Memberships, ["TenantId", "UserId"], unique: true);
        migrationBuilder.CreateIndex(AccountsSchema.MembershipUserIndex, AccountsSchema.Memberships, "UserId");
        migrationBuilder.CreateIndex(AccountsSchema.MembershipOrganisationIndex, AccountsSchema.MembershipOrganisations, "OrganisationId");
        migrationBuilder.CreateIndex(AccountsSchema.InvitationTenantIndex, AccountsSchema.Invitations, "TenantId");
        migrationBuilder.CreateIndex(AccountsSchema.InvitationTokenIndex, AccountsSchema.Invitations, "TokenHash", unique: true);
        migrationBuilder.CreateIndex(AccountsSchema.InvitationUserIndex, AccountsSchema.Invitations, "UserId");
    }

    private static void CreateAuditAndKeyTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: AccountsSchema.AuditEntries,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OccurredAtUtc = table.Column<DateTime>(nullable: false),
                TenantId = table.Column<Guid>(nullable: true),
                UserId = table.Column<Guid>(nullable: true),
                UserName = table.Column<string>(maxLength: AccountsSchema.AuditUserNameMaxLength, nullable: true),
                Action = table.Column<string>(maxLength: AccountsSchema.AuditActionMaxLength, nullable: false),
                EntityType = table.Column<string>(maxLength: AccountsSchema.AuditEntityTypeMaxLength, nullable: false),
                EntityId = table.Column<string>(maxLength: AccountsSchema.AuditEntityIdMaxLength, nullable: true),
                Before = table.Column<string>(nullable: true),
                After = table.Column<string>(nullable: true),
                Summary = table.Column<string>(maxLength: AccountsSchema.AuditSummaryMaxLength, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));

        migrationBuilder.CreateTable(
            name: AccountsSchema.DataProtectionKeys,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FriendlyName = table.Column<string>(maxLength: AccountsSchema.FriendlyNameMaxLength, nullable: true),
                Xml = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));

        migrationBuilder.CreateIndex(AccountsSchema.AuditTenantTimeIndex, AccountsSchema.AuditEntries, ["TenantId", "OccurredAtUtc"]);
        migrationBuilder.CreateIndex(AccountsSchema.AuditUserIndex, AccountsSchema.AuditEntries, "UserId");
    }
}
