IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
CREATE TABLE [Tenants] (
    [Id] uniqueidentifier NOT NULL,
    [Slug] nvarchar(64) NOT NULL,
    [Name] nvarchar(300) NOT NULL,
    [CreatedAt] datetimeoffset NOT NULL,
    CONSTRAINT [PK_Tenants] PRIMARY KEY ([Id])
);

CREATE TABLE [Organisations] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [Name] nvarchar(300) NOT NULL,
    [ShortName] nvarchar(50) NULL,
    [Kind] nvarchar(40) NOT NULL,
    [ParentId] uniqueidentifier NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_Organisations] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Organisations_Organisations_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_Organisations_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [Plans] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [Name] nvarchar(2000) NOT NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_Plans] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Plans_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [Strategies] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [Title] nvarchar(300) NOT NULL,
    [DocumentVersion] nvarchar(300) NOT NULL,
    [PeriodStart] int NOT NULL,
    [PeriodEnd] int NOT NULL,
    [Vision] nvarchar(max) NULL,
    [IsCurrent] bit NOT NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_Strategies] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Strategies_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [OrganisationAliases] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [OrganisationId] uniqueidentifier NOT NULL,
    [Text] nvarchar(300) NOT NULL,
    CONSTRAINT [PK_OrganisationAliases] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_OrganisationAliases_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [PlacePriorities] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [OrganisationId] uniqueidentifier NOT NULL,
    [Text] nvarchar(2000) NOT NULL,
    [Source] nvarchar(300) NULL,
    [DisplayOrder] int NOT NULL,
    CONSTRAINT [PK_PlacePriorities] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_PlacePriorities_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [Outcomes] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [StrategyId] uniqueidentifier NOT NULL,
    [Number] nvarchar(10) NOT NULL,
    [Kind] nvarchar(40) NOT NULL,
    [Title] nvarchar(300) NOT NULL,
    [Narrative] nvarchar(max) NULL,
    [DisplayOrder] int NOT NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_Outcomes] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Outcomes_Strategies_StrategyId] FOREIGN KEY ([StrategyId]) REFERENCES [Strategies] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [DeliveryExamples] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [OutcomeId] uniqueidentifier NOT NULL,
    [Title] nvarchar(300) NOT NULL,
    [Description] nvarchar(max) NULL,
    [DisplayOrder] int NOT NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_DeliveryExamples] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_DeliveryExamples_Outcomes_OutcomeId] FOREIGN KEY ([OutcomeId]) REFERENCES [Outcomes] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [Indicators] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [IndicatorSet] nvarchar(40) NOT NULL,
    [Ref] nvarchar(20) NOT NULL,
    [Level] nvarchar(40) NOT NULL,
    [OutcomeId] uniqueidentifier NULL,
    [Service] nvarchar(300) NULL,
    [Statement] nvarchar(2000) NOT NULL,
    [MeansOfVerification] nvarchar(max) NULL,
    [Notes] nvarchar(max) NULL,
    [IncludedInStrategy] bit NOT NULL,
    [Status] nvarchar(40) NOT NULL,
    [Polarity] nvarchar(40) NOT NULL,
    [Unit] nvarchar(40) NOT NULL,
    [UnitLabel] nvarchar(300) NULL,
    [Decimals] int NOT NULL,
    [BaselineValue] decimal(18,4) NULL,
    [BaselinePeriod] nvarchar(32) NULL,
    [BaselineGeography] nvarchar(100) NULL,
    [BaselineSource] nvarchar(300) NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_Indicators] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Indicators_Outcomes_OutcomeId] FOREIGN KEY ([OutcomeId]) REFERENCES [Outcomes] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_Indicators_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [OutcomeStatements] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [OutcomeId] uniqueidentifier NOT NULL,
    [Kind] nvarchar(40) NOT NULL,
    [Text] nvarchar(max) NOT NULL,
    [DisplayOrder] int NOT NULL,
    CONSTRAINT [PK_OutcomeStatements] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_OutcomeStatements_Outcomes_OutcomeId] FOREIGN KEY ([OutcomeId]) REFERENCES [Outcomes] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [PlacePriorityOutcomes] (
    [PlacePriorityId] uniqueidentifier NOT NULL,
    [OutcomeId] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    CONSTRAINT [PK_PlacePriorityOutcomes] PRIMARY KEY ([PlacePriorityId], [OutcomeId]),
    CONSTRAINT [FK_PlacePriorityOutcomes_Outcomes_OutcomeId] FOREIGN KEY ([OutcomeId]) REFERENCES [Outcomes] ([Id]),
    CONSTRAINT [FK_PlacePriorityOutcomes_PlacePriorities_PlacePriorityId] FOREIGN KEY ([PlacePriorityId]) REFERENCES [PlacePriorities] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [Priorities] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [OutcomeId] uniqueidentifier NOT NULL,
    [Title] nvarchar(300) NOT NULL,
    [Narrative] nvarchar(max) NULL,
    [DisplayOrder] int NOT NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_Priorities] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Priorities_Outcomes_OutcomeId] FOREIGN KEY ([OutcomeId]) REFERENCES [Outcomes] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [DeliveryExampleLeadBodies] (
    [DeliveryExampleId] uniqueidentifier NOT NULL,
    [OrganisationId] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    CONSTRAINT [PK_DeliveryExampleLeadBodies] PRIMARY KEY ([DeliveryExampleId], [OrganisationId]),
    CONSTRAINT [FK_DeliveryExampleLeadBodies_DeliveryExamples_DeliveryExampleId] FOREIGN KEY ([DeliveryExampleId]) REFERENCES [DeliveryExamples] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_DeliveryExampleLeadBodies_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
);

CREATE TABLE [Milestones] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [DeliveryExampleId] uniqueidentifier NOT NULL,
    [Title] nvarchar(2000) NOT NULL,
    [DueDate] date NULL,
    [DuePrecision] nvarchar(40) NOT NULL,
    [Status] nvarchar(40) NOT NULL,
    [DisplayOrder] int NOT NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_Milestones] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Milestones_DeliveryExamples_DeliveryExampleId] FOREIGN KEY ([DeliveryExampleId]) REFERENCES [DeliveryExamples] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [IndicatorExternalIds] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [IndicatorId] uniqueidentifier NOT NULL,
    [System] nvarchar(50) NOT NULL,
    [Value] nvarchar(100) NOT NULL,
    CONSTRAINT [PK_IndicatorExternalIds] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_IndicatorExternalIds_Indicators_IndicatorId] FOREIGN KEY ([IndicatorId]) REFERENCES [Indicators] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [IndicatorGeographies] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [IndicatorId] uniqueidentifier NOT NULL,
    [Name] nvarchar(100) NOT NULL,
    [DisplayOrder] int NOT NULL,
    CONSTRAINT [PK_IndicatorGeographies] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_IndicatorGeographies_Indicators_IndicatorId] FOREIGN KEY ([IndicatorId]) REFERENCES [Indicators] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [IndicatorTargets] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [IndicatorId] uniqueidentifier NOT NULL,
    [Geography] nvarchar(100) NOT NULL,
    [Period] nvarchar(32) NOT NULL,
    [Value] decimal(18,4) NULL,
    [Floor] decimal(18,4) NULL,
    [EffectiveFrom] date NOT NULL,
    [Reason] nvarchar(2000) NULL,
    [Source] nvarchar(300) NULL,
    CONSTRAINT [PK_IndicatorTargets] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_IndicatorTargets_Indicators_IndicatorId] FOREIGN KEY ([IndicatorId]) REFERENCES [Indicators] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [IndicatorTrajectoryPoints] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [IndicatorId] uniqueidentifier NOT NULL,
    [Geography] nvarchar(100) NOT NULL,
    [Period] nvarchar(32) NOT NULL,
    [Value] decimal(18,4) NOT NULL,
    CONSTRAINT [PK_IndicatorTrajectoryPoints] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_IndicatorTrajectoryPoints_Indicators_IndicatorId] FOREIGN KEY ([IndicatorId]) REFERENCES [Indicators] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [IndicatorValues] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [IndicatorId] uniqueidentifier NOT NULL,
    [Period] nvarchar(32) NOT NULL,
    [Geography] nvarchar(100) NOT NULL,
    [Value] decimal(18,4) NULL,
    [Numerator] decimal(18,4) NULL,
    [Denominator] decimal(18,4) NULL,
    [LowerCi] decimal(18,4) NULL,
    [UpperCi] decimal(18,4) NULL,
    [IsProvisional] bit NOT NULL,
    [Source] nvarchar(300) NULL,
    [Note] nvarchar(max) NULL,
    [PublishedRag] nvarchar(40) NULL,
    [PublishedDirection] nvarchar(40) NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_IndicatorValues] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_IndicatorValues_Indicators_IndicatorId] FOREIGN KEY ([IndicatorId]) REFERENCES [Indicators] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [SeedConflicts] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [Subject] nvarchar(2000) NOT NULL,
    [IndicatorId] uniqueidentifier NULL,
    [Field] nvarchar(300) NULL,
    [Note] nvarchar(max) NULL,
    [Resolved] bit NOT NULL,
    CONSTRAINT [PK_SeedConflicts] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_SeedConflicts_Indicators_IndicatorId] FOREIGN KEY ([IndicatorId]) REFERENCES [Indicators] ([Id]),
    CONSTRAINT [FK_SeedConflicts_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [Commitments] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [PriorityId] uniqueidentifier NOT NULL,
    [Text] nvarchar(2000) NOT NULL,
    [DisplayOrder] int NOT NULL,
    [Source] nvarchar(300) NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_Commitments] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Commitments_Priorities_PriorityId] FOREIGN KEY ([PriorityId]) REFERENCES [Priorities] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [ConflictValues] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [SeedConflictId] uniqueidentifier NOT NULL,
    [Value] nvarchar(max) NOT NULL,
    [Source] nvarchar(300) NOT NULL,
    [DisplayOrder] int NOT NULL,
    CONSTRAINT [PK_ConflictValues] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ConflictValues_SeedConflicts_SeedConflictId] FOREIGN KEY ([SeedConflictId]) REFERENCES [SeedConflicts] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [CommitmentLeadBodies] (
    [CommitmentId] uniqueidentifier NOT NULL,
    [OrganisationId] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    CONSTRAINT [PK_CommitmentLeadBodies] PRIMARY KEY ([CommitmentId], [OrganisationId]),
    CONSTRAINT [FK_CommitmentLeadBodies_Commitments_CommitmentId] FOREIGN KEY ([CommitmentId]) REFERENCES [Commitments] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_CommitmentLeadBodies_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
);

CREATE TABLE [CommitmentPlans] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [CommitmentId] uniqueidentifier NOT NULL,
    [PlanId] uniqueidentifier NOT NULL,
    [DisplayOrder] int NOT NULL,
    CONSTRAINT [PK_CommitmentPlans] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_CommitmentPlans_Commitments_CommitmentId] FOREIGN KEY ([CommitmentId]) REFERENCES [Commitments] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_CommitmentPlans_Plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [Plans] ([Id]) ON DELETE NO ACTION
);

CREATE TABLE [CommitmentPlanLeadBodies] (
    [CommitmentPlanId] uniqueidentifier NOT NULL,
    [OrganisationId] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    CONSTRAINT [PK_CommitmentPlanLeadBodies] PRIMARY KEY ([CommitmentPlanId], [OrganisationId]),
    CONSTRAINT [FK_CommitmentPlanLeadBodies_CommitmentPlans_CommitmentPlanId] FOREIGN KEY ([CommitmentPlanId]) REFERENCES [CommitmentPlans] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_CommitmentPlanLeadBodies_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
);

CREATE INDEX [IX_CommitmentLeadBodies_OrganisationId] ON [CommitmentLeadBodies] ([OrganisationId]);

CREATE INDEX [IX_CommitmentPlanLeadBodies_OrganisationId] ON [CommitmentPlanLeadBodies] ([OrganisationId]);

CREATE INDEX [IX_CommitmentPlans_CommitmentId] ON [CommitmentPlans] ([CommitmentId]);

CREATE INDEX [IX_CommitmentPlans_PlanId] ON [CommitmentPlans] ([PlanId]);

CREATE INDEX [IX_Commitments_PriorityId] ON [Commitments] ([PriorityId]);

CREATE INDEX [IX_Commitments_TenantId] ON [Commitments] ([TenantId]);

CREATE INDEX [IX_ConflictValues_SeedConflictId] ON [ConflictValues] ([SeedConflictId]);

CREATE INDEX [IX_DeliveryExampleLeadBodies_OrganisationId] ON [DeliveryExampleLeadBodies] ([OrganisationId]);

CREATE INDEX [IX_DeliveryExamples_OutcomeId] ON [DeliveryExamples] ([OutcomeId]);

CREATE INDEX [IX_IndicatorExternalIds_IndicatorId] ON [IndicatorExternalIds] ([IndicatorId]);

CREATE INDEX [IX_IndicatorExternalIds_System_Value] ON [IndicatorExternalIds] ([System], [Value]);

CREATE UNIQUE INDEX [IX_IndicatorGeographies_IndicatorId_Name] ON [IndicatorGeographies] ([IndicatorId], [Name]);

CREATE INDEX [IX_Indicators_OutcomeId] ON [Indicators] ([OutcomeId]);

CREATE UNIQUE INDEX [IX_Indicators_TenantId_IndicatorSet_Ref] ON [Indicators] ([TenantId], [IndicatorSet], [Ref]);

CREATE INDEX [IX_IndicatorTargets_IndicatorId] ON [IndicatorTargets] ([IndicatorId]);

CREATE UNIQUE INDEX [IX_IndicatorTrajectoryPoints_IndicatorId_Geography_Period] ON [IndicatorTrajectoryPoints] ([IndicatorId], [Geography], [Period]);

CREATE UNIQUE INDEX [IX_IndicatorValues_IndicatorId_Period_Geography] ON [IndicatorValues] ([IndicatorId], [Period], [Geography]);

CREATE INDEX [IX_IndicatorValues_TenantId] ON [IndicatorValues] ([TenantId]);

CREATE INDEX [IX_Milestones_DeliveryExampleId] ON [Milestones] ([DeliveryExampleId]);

CREATE UNIQUE INDEX [IX_OrganisationAliases_OrganisationId_Text] ON [OrganisationAliases] ([OrganisationId], [Text]);

CREATE INDEX [IX_Organisations_ParentId] ON [Organisations] ([ParentId]);

CREATE UNIQUE INDEX [IX_Organisations_TenantId_Name] ON [Organisations] ([TenantId], [Name]);

CREATE UNIQUE INDEX [IX_Outcomes_StrategyId_Number] ON [Outcomes] ([StrategyId], [Number]);

CREATE INDEX [IX_Outcomes_TenantId] ON [Outcomes] ([TenantId]);

CREATE INDEX [IX_OutcomeStatements_OutcomeId] ON [OutcomeStatements] ([OutcomeId]);

CREATE INDEX [IX_PlacePriorities_OrganisationId] ON [PlacePriorities] ([OrganisationId]);

CREATE INDEX [IX_PlacePriorityOutcomes_OutcomeId] ON [PlacePriorityOutcomes] ([OutcomeId]);

CREATE INDEX [IX_Plans_TenantId] ON [Plans] ([TenantId]);

CREATE INDEX [IX_Priorities_OutcomeId] ON [Priorities] ([OutcomeId]);

CREATE INDEX [IX_SeedConflicts_IndicatorId] ON [SeedConflicts] ([IndicatorId]);

CREATE INDEX [IX_SeedConflicts_TenantId] ON [SeedConflicts] ([TenantId]);

CREATE INDEX [IX_Strategies_TenantId] ON [Strategies] ([TenantId]);

CREATE UNIQUE INDEX [IX_Tenants_Slug] ON [Tenants] ([Slug]);

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261122000001_Strategy', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [AspNetRoles] (
    [Id] uniqueidentifier NOT NULL,
    [Name] nvarchar(256) NULL,
    [NormalizedName] nvarchar(256) NULL,
    [ConcurrencyStamp] nvarchar(max) NULL,
    CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
);

CREATE TABLE [AspNetUsers] (
    [Id] uniqueidentifier NOT NULL,
    [DisplayName] nvarchar(200) NOT NULL,
    [IsActive] bit NOT NULL,
    [CreatedAtUtc] datetime2 NOT NULL,
    [UserName] nvarchar(256) NULL,
    [NormalizedUserName] nvarchar(256) NULL,
    [Email] nvarchar(256) NULL,
    [NormalizedEmail] nvarchar(256) NULL,
    [EmailConfirmed] bit NOT NULL,
    [PasswordHash] nvarchar(max) NULL,
    [SecurityStamp] nvarchar(max) NULL,
    [ConcurrencyStamp] nvarchar(max) NULL,
    [PhoneNumber] nvarchar(256) NULL,
    [PhoneNumberConfirmed] bit NOT NULL,
    [TwoFactorEnabled] bit NOT NULL,
    [LockoutEnd] datetimeoffset NULL,
    [LockoutEnabled] bit NOT NULL,
    [AccessFailedCount] int NOT NULL,
    CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
);

CREATE TABLE [AspNetRoleClaims] (
    [Id] int NOT NULL IDENTITY,
    [RoleId] uniqueidentifier NOT NULL,
    [ClaimType] nvarchar(max) NULL,
    [ClaimValue] nvarchar(max) NULL,
    CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [AspNetUserClaims] (
    [Id] int NOT NULL IDENTITY,
    [UserId] uniqueidentifier NOT NULL,
    [ClaimType] nvarchar(max) NULL,
    [ClaimValue] nvarchar(max) NULL,
    CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [AspNetUserLogins] (
    [LoginProvider] nvarchar(128) NOT NULL,
    [ProviderKey] nvarchar(128) NOT NULL,
    [ProviderDisplayName] nvarchar(max) NULL,
    [UserId] uniqueidentifier NOT NULL,
    CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
    CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [AspNetUserRoles] (
    [UserId] uniqueidentifier NOT NULL,
    [RoleId] uniqueidentifier NOT NULL,
    CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
    CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [AspNetUserTokens] (
    [UserId] uniqueidentifier NOT NULL,
    [LoginProvider] nvarchar(128) NOT NULL,
    [Name] nvarchar(128) NOT NULL,
    [Value] nvarchar(max) NULL,
    CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
    CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
);

CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL;

CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);

CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL;

CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);

CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);

CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);

CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);

CREATE TABLE [TenantMemberships] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [UserId] uniqueidentifier NOT NULL,
    [IsActive] bit NOT NULL,
    [CreatedAtUtc] datetime2 NOT NULL,
    CONSTRAINT [PK_TenantMemberships] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_TenantMemberships_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_TenantMemberships_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [TenantMembershipRoles] (
    [MembershipId] uniqueidentifier NOT NULL,
    [Role] nvarchar(32) NOT NULL,
    CONSTRAINT [PK_TenantMembershipRoles] PRIMARY KEY ([MembershipId], [Role]),
    CONSTRAINT [FK_TenantMembershipRoles_TenantMemberships_MembershipId] FOREIGN KEY ([MembershipId]) REFERENCES [TenantMemberships] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [TenantMembershipOrganisations] (
    [MembershipId] uniqueidentifier NOT NULL,
    [OrganisationId] uniqueidentifier NOT NULL,
    CONSTRAINT [PK_TenantMembershipOrganisations] PRIMARY KEY ([MembershipId], [OrganisationId]),
    CONSTRAINT [FK_TenantMembershipOrganisations_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]),
    CONSTRAINT [FK_TenantMembershipOrganisations_TenantMemberships_MembershipId] FOREIGN KEY ([MembershipId]) REFERENCES [TenantMemberships] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [Invitations] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [UserId] uniqueidentifier NOT NULL,
    [Email] nvarchar(256) NOT NULL,
    [TokenHash] nvarchar(64) NOT NULL,
    [CreatedAtUtc] datetime2 NOT NULL,
    [ExpiresAtUtc] datetime2 NOT NULL,
    [AcceptedAtUtc] datetime2 NULL,
    [InvitedByUserId] uniqueidentifier NULL,
    CONSTRAINT [PK_Invitations] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Invitations_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_Invitations_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [TenantAccountSettings] (
    [TenantId] uniqueidentifier NOT NULL,
    [MembersMaySkipTwoFactor] bit NOT NULL,
    CONSTRAINT [PK_TenantAccountSettings] PRIMARY KEY ([TenantId]),
    CONSTRAINT [FK_TenantAccountSettings_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
);

CREATE UNIQUE INDEX [IX_TenantMemberships_TenantId_UserId] ON [TenantMemberships] ([TenantId], [UserId]);

CREATE INDEX [IX_TenantMemberships_UserId] ON [TenantMemberships] ([UserId]);

CREATE INDEX [IX_TenantMembershipOrganisations_OrganisationId] ON [TenantMembershipOrganisations] ([OrganisationId]);

CREATE INDEX [IX_Invitations_TenantId] ON [Invitations] ([TenantId]);

CREATE UNIQUE INDEX [IX_Invitations_TokenHash] ON [Invitations] ([TokenHash]);

CREATE INDEX [IX_Invitations_UserId] ON [Invitations] ([UserId]);

CREATE TABLE [AuditEntries] (
    [Id] uniqueidentifier NOT NULL,
    [OccurredAtUtc] datetime2 NOT NULL,
    [TenantId] uniqueidentifier NULL,
    [UserId] uniqueidentifier NULL,
    [UserName] nvarchar(256) NULL,
    [Action] nvarchar(64) NOT NULL,
    [EntityType] nvarchar(128) NOT NULL,
    [EntityId] nvarchar(256) NULL,
    [Before] nvarchar(max) NULL,
    [After] nvarchar(max) NULL,
    [Summary] nvarchar(1000) NULL,
    CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
);

CREATE TABLE [DataProtectionKeys] (
    [Id] uniqueidentifier NOT NULL,
    [FriendlyName] nvarchar(256) NULL,
    [Xml] nvarchar(max) NOT NULL,
    CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
);

CREATE INDEX [IX_AuditEntries_TenantId_OccurredAtUtc] ON [AuditEntries] ([TenantId], [OccurredAtUtc]);

CREATE INDEX [IX_AuditEntries_UserId] ON [AuditEntries] ([UserId]);

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261122000002_Accounts', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [ReportingRounds] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [StrategyId] uniqueidentifier NOT NULL,
    [Name] nvarchar(200) NOT NULL,
    [Period] nvarchar(32) NOT NULL,
    [Opens] date NOT NULL,
    [Closes] date NOT NULL,
    [CreatedAt] datetime2 NOT NULL,
    [CreatedById] uniqueidentifier NOT NULL,
    [CreatedByName] nvarchar(256) NOT NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_ReportingRounds] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ReportingRounds_Strategies_StrategyId] FOREIGN KEY ([StrategyId]) REFERENCES [Strategies] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_ReportingRounds_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
);

CREATE TABLE [RoundLockExceptions] (
    [RoundId] uniqueidentifier NOT NULL,
    [OrganisationId] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [GrantedById] uniqueidentifier NOT NULL,
    [GrantedByName] nvarchar(256) NOT NULL,
    [GrantedAt] datetime2 NOT NULL,
    [Until] date NOT NULL,
    [Reason] nvarchar(2000) NOT NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_RoundLockExceptions] PRIMARY KEY ([RoundId], [OrganisationId]),
    CONSTRAINT [FK_RoundLockExceptions_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_RoundLockExceptions_ReportingRounds_RoundId] FOREIGN KEY ([RoundId]) REFERENCES [ReportingRounds] ([Id]) ON DELETE CASCADE
);

CREATE INDEX [IX_ReportingRounds_StrategyId] ON [ReportingRounds] ([StrategyId]);

CREATE UNIQUE INDEX [IX_ReportingRounds_TenantId_Name] ON [ReportingRounds] ([TenantId], [Name]);

CREATE INDEX [IX_RoundLockExceptions_OrganisationId] ON [RoundLockExceptions] ([OrganisationId]);

CREATE TABLE [CommitmentUpdates] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [CommitmentId] uniqueidentifier NOT NULL,
    [OrganisationId] uniqueidentifier NOT NULL,
    [ReportingRoundId] uniqueidentifier NULL,
    [Status] nvarchar(40) NULL,
    [Progress] nvarchar(4000) NULL,
    [MilestonesProgress] nvarchar(4000) NULL,
    [RisksAndIssues] nvarchar(4000) NULL,
    [NextSteps] nvarchar(4000) NULL,
    [EvidenceUrl] nvarchar(2000) NULL,
    [State] nvarchar(40) NOT NULL,
    [AuthorId] uniqueidentifier NOT NULL,
    [AuthorName] nvarchar(256) NOT NULL,
    [CreatedAt] datetime2 NOT NULL,
    [UpdatedById] uniqueidentifier NOT NULL,
    [UpdatedByName] nvarchar(256) NOT NULL,
    [UpdatedAt] datetime2 NOT NULL,
    [SubmittedById] uniqueidentifier NULL,
    [SubmittedByName] nvarchar(256) NULL,
    [SubmittedAt] datetime2 NULL,
    [ReviewedById] uniqueidentifier NULL,
    [ReviewedByName] nvarchar(256) NULL,
    [ReviewedAt] datetime2 NULL,
    [ReviewComment] nvarchar(2000) NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_CommitmentUpdates] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_CommitmentUpdates_Commitments_CommitmentId] FOREIGN KEY ([CommitmentId]) REFERENCES [Commitments] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_CommitmentUpdates_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_CommitmentUpdates_ReportingRounds_ReportingRoundId] FOREIGN KEY ([ReportingRoundId]) REFERENCES [ReportingRounds] ([Id]) ON DELETE NO ACTION
);

CREATE TABLE [CommitmentUpdateEvents] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [UpdateId] uniqueidentifier NOT NULL,
    [Kind] nvarchar(40) NOT NULL,
    [Status] nvarchar(40) NULL,
    [ById] uniqueidentifier NOT NULL,
    [ByName] nvarchar(256) NOT NULL,
    [At] datetime2 NOT NULL,
    [Comment] nvarchar(2000) NULL,
    CONSTRAINT [PK_CommitmentUpdateEvents] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_CommitmentUpdateEvents_CommitmentUpdates_UpdateId] FOREIGN KEY ([UpdateId]) REFERENCES [CommitmentUpdates] ([Id]) ON DELETE CASCADE
);

CREATE UNIQUE INDEX [IX_CommitmentUpdates_Commitment_Organisation_Round] ON [CommitmentUpdates] ([CommitmentId], [OrganisationId], [ReportingRoundId]) WHERE [ReportingRoundId] IS NOT NULL;

CREATE INDEX [IX_CommitmentUpdates_OrganisationId] ON [CommitmentUpdates] ([OrganisationId]);

CREATE INDEX [IX_CommitmentUpdates_ReportingRoundId] ON [CommitmentUpdates] ([ReportingRoundId]);

CREATE INDEX [IX_CommitmentUpdateEvents_UpdateId] ON [CommitmentUpdateEvents] ([UpdateId]);

CREATE TABLE [CommitmentStatusDecisions] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [CommitmentId] uniqueidentifier NOT NULL,
    [ReportingRoundId] uniqueidentifier NULL,
    [Sequence] int NOT NULL,
    [Status] nvarchar(40) NOT NULL,
    [Reason] nvarchar(2000) NULL,
    [DecidedById] uniqueidentifier NOT NULL,
    [DecidedByName] nvarchar(256) NOT NULL,
    [DecidedAt] datetime2 NOT NULL,
    CONSTRAINT [PK_CommitmentStatusDecisions] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_CommitmentStatusDecisions_Commitments_CommitmentId] FOREIGN KEY ([CommitmentId]) REFERENCES [Commitments] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_CommitmentStatusDecisions_ReportingRounds_ReportingRoundId] FOREIGN KEY ([ReportingRoundId]) REFERENCES [ReportingRounds] ([Id]) ON DELETE NO ACTION
);

CREATE TABLE [CommitmentStatusDecisionSources] (
    [DecisionId] uniqueidentifier NOT NULL,
    [UpdateId] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    CONSTRAINT [PK_CommitmentStatusDecisionSources] PRIMARY KEY ([DecisionId], [UpdateId]),
    CONSTRAINT [FK_CommitmentStatusDecisionSources_Decisions_DecisionId] FOREIGN KEY ([DecisionId]) REFERENCES [CommitmentStatusDecisions] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_CommitmentStatusDecisionSources_CommitmentUpdates_UpdateId] FOREIGN KEY ([UpdateId]) REFERENCES [CommitmentUpdates] ([Id]) ON DELETE NO ACTION
);

CREATE UNIQUE INDEX [IX_CommitmentStatusDecisions_CommitmentId_Sequence] ON [CommitmentStatusDecisions] ([CommitmentId], [Sequence]);

CREATE INDEX [IX_CommitmentStatusDecisions_ReportingRoundId] ON [CommitmentStatusDecisions] ([ReportingRoundId]);

CREATE INDEX [IX_CommitmentStatusDecisionSources_UpdateId] ON [CommitmentStatusDecisionSources] ([UpdateId]);

CREATE TABLE [ReminderEmails] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [RoundId] uniqueidentifier NOT NULL,
    [UserId] uniqueidentifier NOT NULL,
    [Kind] nvarchar(40) NOT NULL,
    [CreatedAt] datetime2 NOT NULL,
    [SentAt] datetime2 NULL,
    CONSTRAINT [PK_ReminderEmails] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ReminderEmails_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_ReminderEmails_ReportingRounds_RoundId] FOREIGN KEY ([RoundId]) REFERENCES [ReportingRounds] ([Id]) ON DELETE CASCADE
);

CREATE UNIQUE INDEX [IX_ReminderEmails_RoundId_UserId_Kind] ON [ReminderEmails] ([RoundId], [UserId], [Kind]);

CREATE INDEX [IX_ReminderEmails_TenantId_SentAt] ON [ReminderEmails] ([TenantId], [SentAt]);

CREATE INDEX [IX_ReminderEmails_UserId] ON [ReminderEmails] ([UserId]);

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261201000001_ReportingRounds', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
ALTER TABLE [TenantMemberships] ADD [Version] int NOT NULL DEFAULT 0;

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261204000001_MembershipVersion', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
ALTER TABLE [TenantMemberships] ADD [JoinedAtUtc] datetime2 NULL;

UPDATE "TenantMemberships" SET "JoinedAtUtc" = "CreatedAtUtc"
WHERE "UserId" IN (SELECT "Id" FROM "AspNetUsers" WHERE "PasswordHash" IS NOT NULL)

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261204000002_MembershipAcceptance', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [Areas] (
    [Code] nvarchar(12) NOT NULL,
    [Name] nvarchar(100) NOT NULL,
    [OfficialName] nvarchar(300) NOT NULL,
    [Kind] nvarchar(40) NOT NULL,
    [ParentCode] nvarchar(12) NULL,
    CONSTRAINT [PK_Areas] PRIMARY KEY ([Code])
);

CREATE UNIQUE INDEX [IX_Areas_Name] ON [Areas] ([Name]);

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E92000001', 'England', 'England', 'Country', NULL)

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E12000001', 'North East', 'North East', 'Region', 'E92000001')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E12000002', 'North West', 'North West', 'Region', 'E92000001')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E12000003', 'Yorkshire and the Humber', 'Yorkshire and The Humber', 'Region', 'E92000001')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E12000004', 'East Midlands', 'East Midlands', 'Region', 'E92000001')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E12000005', 'West Midlands', 'West Midlands', 'Region', 'E92000001')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E12000006', 'East of England', 'East of England', 'Region', 'E92000001')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E12000007', 'London', 'London', 'Region', 'E92000001')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E12000008', 'South East', 'South East', 'Region', 'E92000001')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E12000009', 'South West', 'South West', 'Region', 'E92000001')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E54000032', 'Kent and Medway', 'NHS Kent and Medway Integrated Care Board', 'IntegratedCareBoard', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E10000016', 'Kent', 'Kent County Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E06000035', 'Medway', 'Medway Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E10000011', 'East Sussex', 'East Sussex County Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E10000032', 'West Sussex', 'West Sussex County Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E10000030', 'Surrey', 'Surrey County Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E10000014', 'Hampshire', 'Hampshire County Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E10000025', 'Oxfordshire', 'Oxfordshire County Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E06000060', 'Buckinghamshire', 'Buckinghamshire Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E06000043', 'Brighton and Hove', 'Brighton and Hove City Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E06000046', 'Isle of Wight', 'Isle of Wight Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E06000044', 'Portsmouth', 'Portsmouth City Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E06000045', 'Southampton', 'Southampton City Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E06000042', 'Milton Keynes', 'Milton Keynes City Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E06000036', 'Bracknell Forest', 'Bracknell Forest Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E06000037', 'West Berkshire', 'West Berkshire Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E06000038', 'Reading', 'Reading Borough Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E06000039', 'Slough', 'Slough Borough Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E06000040', 'Windsor and Maidenhead', 'Royal Borough of Windsor and Maidenhead', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E06000041', 'Wokingham', 'Wokingham Borough Council', 'CountyOrUnitaryAuthority', 'E12000008')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E06000030', 'Swindon', 'Swindon Borough Council', 'CountyOrUnitaryAuthority', 'E12000009')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E07000105', 'Ashford', 'Ashford Borough Council', 'District', 'E10000016')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E07000106', 'Canterbury', 'Canterbury City Council', 'District', 'E10000016')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E07000107', 'Dartford', 'Dartford Borough Council', 'District', 'E10000016')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E07000108', 'Dover', 'Dover District Council', 'District', 'E10000016')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E07000109', 'Gravesham', 'Gravesham Borough Council', 'District', 'E10000016')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E07000110', 'Maidstone', 'Maidstone Borough Council', 'District', 'E10000016')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E07000111', 'Sevenoaks', 'Sevenoaks District Council', 'District', 'E10000016')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E07000112', 'Folkestone and Hythe', 'Folkestone and Hythe District Council', 'District', 'E10000016')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E07000113', 'Swale', 'Swale Borough Council', 'District', 'E10000016')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E07000114', 'Thanet', 'Thanet District Council', 'District', 'E10000016')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E07000115', 'Tonbridge and Malling', 'Tonbridge and Malling Borough Council', 'District', 'E10000016')

INSERT INTO "Areas" ("Code", "Name", "OfficialName", "Kind", "ParentCode") VALUES ('E07000116', 'Tunbridge Wells', 'Tunbridge Wells Borough Council', 'District', 'E10000016')

CREATE TABLE [ValueImports] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [FileName] nvarchar(300) NOT NULL,
    [Sha256] nvarchar(64) NOT NULL,
    [SizeBytes] bigint NOT NULL,
    [Content] varbinary(max) NULL,
    [UploadedById] uniqueidentifier NULL,
    [UploadedBy] nvarchar(256) NOT NULL,
    [UploadedAt] datetime2 NOT NULL,
    [Status] nvarchar(40) NOT NULL,
    [Dialect] nvarchar(300) NULL,
    [ValidRowsOnly] bit NOT NULL,
    [Rows] int NOT NULL,
    [NewValues] int NOT NULL,
    [RevisedValues] int NOT NULL,
    [UnchangedValues] int NOT NULL,
    [SkippedRows] int NOT NULL,
    [ErrorRows] int NOT NULL,
    [RowsProcessed] int NOT NULL,
    [PreviewJson] nvarchar(max) NULL,
    [Message] nvarchar(max) NULL,
    [CompletedAt] datetime2 NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_ValueImports] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ValueImports_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
);

CREATE INDEX [IX_ValueImports_TenantId_UploadedAt] ON [ValueImports] ([TenantId], [UploadedAt]);

CREATE INDEX [IX_ValueImports_Status] ON [ValueImports] ([Status]);

CREATE TABLE [IndicatorValueRevisions] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [IndicatorValueId] uniqueidentifier NOT NULL,
    [Number] int NOT NULL,
    [Value] decimal(18,4) NULL,
    [LowerCi] decimal(18,4) NULL,
    [UpperCi] decimal(18,4) NULL,
    [Numerator] decimal(18,4) NULL,
    [Denominator] decimal(18,4) NULL,
    [IsProvisional] bit NOT NULL,
    [Note] nvarchar(max) NULL,
    [Source] nvarchar(300) NULL,
    [RecordedAt] datetime2 NOT NULL,
    [RecordedBy] nvarchar(256) NOT NULL,
    [Reason] nvarchar(2000) NULL,
    [ValueImportId] uniqueidentifier NULL,
    CONSTRAINT [PK_IndicatorValueRevisions] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_IndicatorValueRevisions_IndicatorValues_IndicatorValueId] FOREIGN KEY ([IndicatorValueId]) REFERENCES [IndicatorValues] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_IndicatorValueRevisions_ValueImports_ValueImportId] FOREIGN KEY ([ValueImportId]) REFERENCES [ValueImports] ([Id]) ON DELETE NO ACTION
);

CREATE UNIQUE INDEX [IX_IndicatorValueRevisions_IndicatorValueId_Number] ON [IndicatorValueRevisions] ([IndicatorValueId], [Number]);

CREATE INDEX [IX_IndicatorValueRevisions_TenantId] ON [IndicatorValueRevisions] ([TenantId]);

CREATE INDEX [IX_IndicatorValueRevisions_ValueImportId] ON [IndicatorValueRevisions] ([ValueImportId]);

ALTER TABLE [Indicators] ADD [Frequency] nvarchar(40) NULL;

ALTER TABLE [Indicators] ADD [PublicationLagMonths] int NULL;

ALTER TABLE [Indicators] ADD [DataSource] nvarchar(300) NULL;

ALTER TABLE [Indicators] ADD [PeriodKind] nvarchar(40) NULL;

ALTER TABLE [Indicators] ADD [BenchmarkArea] nvarchar(100) NOT NULL DEFAULT N'England';

ALTER TABLE [Indicators] ADD [Sex] nvarchar(100) NULL;

ALTER TABLE [Indicators] ADD [Age] nvarchar(100) NULL;

ALTER TABLE [IndicatorValues] ADD [SourcePeriodKey] nvarchar(32) NULL;

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261204000003_IndicatorData', N'10.0.15');

COMMIT;
GO

BEGIN TRANSACTION;
CREATE TABLE [Committees] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [Name] nvarchar(300) NOT NULL,
    [Description] nvarchar(2000) NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_Committees] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Committees_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE
);

CREATE UNIQUE INDEX [IX_Committees_TenantId_Name] ON [Committees] ([TenantId], [Name]);

CREATE TABLE [Meetings] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [CommitteeId] uniqueidentifier NOT NULL,
    [Title] nvarchar(300) NOT NULL,
    [Date] date NOT NULL,
    [PapersDeadline] date NULL,
    [PacksDue] nvarchar(2000) NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_Meetings] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Meetings_Committees_CommitteeId] FOREIGN KEY ([CommitteeId]) REFERENCES [Committees] ([Id]) ON DELETE CASCADE
);

CREATE INDEX [IX_Meetings_CommitteeId] ON [Meetings] ([CommitteeId]);

CREATE INDEX [IX_Meetings_TenantId_Date] ON [Meetings] ([TenantId], [Date]);

CREATE TABLE [AssurancePacks] (
    [Id] uniqueidentifier NOT NULL,
    [TenantId] uniqueidentifier NOT NULL,
    [Kind] nvarchar(40) NOT NULL,
    [Scope] nvarchar(4000) NOT NULL,
    [Series] nvarchar(64) NOT NULL,
    [DocumentVersion] int NOT NULL,
    [Title] nvarchar(300) NOT NULL,
    [Marking] nvarchar(50) NOT NULL,
    [AsAt] date NOT NULL,
    [MeetingId] uniqueidentifier NULL,
    [RequestedById] uniqueidentifier NULL,
    [RequestedBy] nvarchar(256) NOT NULL,
    [RequestedAt] datetime2 NOT NULL,
    [Status] nvarchar(40) NOT NULL,
    [Message] nvarchar(max) NULL,
    [Attempts] int NOT NULL,
    [ModelJson] nvarchar(max) NULL,
    [Pdf] varbinary(max) NULL,
    [Sha256] nvarchar(64) NULL,
    [SizeBytes] bigint NOT NULL,
    [Pages] int NOT NULL,
    [CompletedAt] datetime2 NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_AssurancePacks] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_AssurancePacks_Tenants_TenantId] FOREIGN KEY ([TenantId]) REFERENCES [Tenants] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_AssurancePacks_Meetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [Meetings] ([Id]) ON DELETE NO ACTION
);

CREATE UNIQUE INDEX [IX_AssurancePacks_TenantId_Series_DocumentVersion] ON [AssurancePacks] ([TenantId], [Series], [DocumentVersion]);

CREATE INDEX [IX_AssurancePacks_TenantId_RequestedAt] ON [AssurancePacks] ([TenantId], [RequestedAt]);

CREATE INDEX [IX_AssurancePacks_Status] ON [AssurancePacks] ([Status]);

CREATE INDEX [IX_AssurancePacks_MeetingId] ON [AssurancePacks] ([MeetingId]);

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261207000001_AssurancePacks', N'10.0.15');

COMMIT;
GO

ALTER DATABASE CURRENT SET ALLOW_SNAPSHOT_ISOLATION ON;
GO

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261207000002_SqlServerSnapshotReads', N'10.0.15');
GO

BEGIN TRANSACTION;
CREATE TABLE [DataProtectionKeysBeingMoved] (
    [FriendlyName] nvarchar(256) NULL,
    [Xml] nvarchar(max) NOT NULL
);

INSERT INTO "DataProtectionKeysBeingMoved" ("FriendlyName", "Xml") SELECT "FriendlyName", "Xml" FROM "DataProtectionKeys"

DROP TABLE [DataProtectionKeys];

CREATE TABLE [DataProtectionKeys] (
    [Id] int NOT NULL IDENTITY,
    [FriendlyName] nvarchar(256) NULL,
    [Xml] nvarchar(max) NOT NULL,
    CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
);

INSERT INTO "DataProtectionKeys" ("FriendlyName", "Xml") SELECT "FriendlyName", "Xml" FROM "DataProtectionKeysBeingMoved"

DROP TABLE [DataProtectionKeysBeingMoved];

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261207000003_DataProtectionKeyIds', N'10.0.15');

COMMIT;
GO
