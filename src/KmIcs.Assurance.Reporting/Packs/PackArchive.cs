using System.Security.Cryptography;
using System.Text;
using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Configurations;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Strategies;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>
/// The archive of assurance packs: asks for a pack (checking every option), lists and finds packs, hands out their
/// bytes, and runs the one render step the job engine calls. A pack row is never overwritten once it is ready:
/// generating again makes the next <see cref="AssurancePack.DocumentVersion"/> of the same series.
/// </summary>
public sealed class PackArchive(AssuranceDbContext db, IPackScheduler? scheduler = null)
{
    public const string NotAllowed = "Only committee clerks and tenant admins can create packs";
    public const string KindField = "Kind";
    public const string OutcomeField = "Outcome";
    public const string PriorityField = "PriorityId";
    public const string SelectionField = "Selection";
    public const string AsAtField = "AsAt";
    public const string MeetingField = "MeetingId";
    public const string TitleField = "Title";
    public const string MarkingField = "Marking";

    public async Task<ServiceResult<AssurancePack>> RequestAsync(PackOptions options, PackRequester requester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(requester);
        if (!await MayCreateAsync(requester, cancellationToken))
        {
            return ServiceResult.Failure<AssurancePack>(new FieldError(FieldError.WholeForm, NotAllowed));
        }

        var errors = new List<FieldError>();
        var kind = options.Kind switch
        {
            PackOptions.AnnualKind => PackKind.Annual,
            PackOptions.DeepDiveKind => PackKind.DeepDive,
            _ => (PackKind?)null,
        };
        if (kind is null)
        {
            errors.Add(new(KindField, "Select the kind of pack: annual or deep dive"));
        }

        var scope = kind == PackKind.DeepDive ? await ScopeAsync(options, errors, cancellationToken) : PackScope.Strategy;
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var asAt = options.AsAt ?? today;
        if (options.AsAtUnreadable)
        {
            errors.Add(new(AsAtField, "Enter the as-at date as a real date, or leave it empty for today"));
        }
        else if (asAt > today)
        {
            errors.Add(new(AsAtField, "The as-at date must be today or in the past: a pack shows data that exists"));
        }

        Meeting? meeting = null;
        if (!string.IsNullOrWhiteSpace(options.MeetingId))
        {
            meeting = Guid.TryParse(options.MeetingId, out var meetingId)
                ? await db.Set<Meeting>().AsNoTracking().Include(m => m.Committee).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
                : null;
            if (meeting is null)
            {
                errors.Add(new(MeetingField, "Select a meeting from the list"));
            }
        }

        var marking = string.IsNullOrWhiteSpace(options.Marking) ? PackOptions.Markings[0] : options.Marking.Trim();
        if (!PackOptions.Markings.Contains(marking))
        {
            errors.Add(new(MarkingField, "Select a protective marking from the list"));
        }

        var title = options.Title?.Trim();
        if (title is { Length: > SchemaLimits.Name })
        {
            errors.Add(new(TitleField, $"The title must be {SchemaLimits.Name} characters or fewer"));
        }

        if (errors.Count > 0 || scope is null || kind is null)
        {
            return ServiceResult.Failure<AssurancePack>(errors);
        }

        if (string.IsNullOrEmpty(title))
        {
            title = await DefaultTitleAsync(kind.Value, scope, cancellationToken);
        }

        return ServiceResult.Success(await AddVersionAsync(kind.Value, scope, title, marking, asAt, meeting?.Id, requester, cancellationToken));
    }

    /// <summary>The same pack again (kind, scope, as-at, meeting, title and marking) as the next version of its series.</summary>
    public async Task<ServiceResult<AssurancePack>> RegenerateAsync(Guid packId, PackRequester requester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requester);
        if (!await MayCreateAsync(requester, cancellationToken))
        {
            return ServiceResult.Failure<AssurancePack>(new FieldError(FieldError.WholeForm, NotAllowed));
        }

        var pack = await db.Set<AssurancePack>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == packId, cancellationToken);
        if (pack is null)
        {
            return ServiceResult.Failure<AssurancePack>(new FieldError(FieldError.WholeForm, "The pack was not found"));
        }

        return ServiceResult.Success(await AddVersionAsync(pack.Kind, PackScope.Parse(pack.Scope), pack.Title, pack.Marking, pack.AsAt, pack.MeetingId, requester, cancellationToken));
    }

    /// <summary>Puts a failed pack back in the queue; its model, if it was taken, is printed again unchanged.</summary>
    public async Task<ServiceResult<AssurancePack>> RetryAsync(Guid packId, PackRequester requester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requester);
        if (!await MayCreateAsync(requester, cancellationToken))
        {
            return ServiceResult.Failure<AssurancePack>(new FieldError(FieldError.WholeForm, NotAllowed));
        }

        var pack = await db.Set<AssurancePack>().SingleOrDefaultAsync(p => p.Id == packId, cancellationToken);
        if (pack is null || pack.Status != PackStatus.Failed)
        {
            return ServiceResult.Failure<AssurancePack>(new FieldError(FieldError.WholeForm, "Only a pack that failed can be tried again"));
        }

        pack.Status = PackStatus.Queued;
        pack.Message = null;
        pack.Version++;
        await db.SaveChangesAsync(cancellationToken);
        await ScheduleAsync(pack.Id, cancellationToken);
        return ServiceResult.Success(pack);
    }

    public Task<List<PackSummaryRow>> ListAsync(CancellationToken cancellationToken = default) =>
        Summaries(db.Set<AssurancePack>().OrderByDescending(p => p.RequestedAt)).ToListAsync(cancellationToken);

    public Task<PackSummaryRow?> FindAsync(Guid packId, CancellationToken cancellationToken = default) =>
        Summaries(db.Set<AssurancePack>().Where(p => p.Id == packId)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Only the pack's status, for a page that watches it being made (it is asked every few seconds).</summary>
    public Task<PackStatus?> StatusAsync(Guid packId, CancellationToken cancellationToken = default) =>
        db.Set<AssurancePack>().AsNoTracking().Where(p => p.Id == packId).Select(p => (PackStatus?)p.Status).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Every version of the pack's series, newest first.</summary>
    public async Task<List<PackSummaryRow>> VersionsAsync(Guid packId, CancellationToken cancellationToken = default)
    {
        var series = await db.Set<AssurancePack>().AsNoTracking().Where(p => p.Id == packId).Select(p => p.Series).SingleOrDefaultAsync(cancellationToken);
        return await Summaries(db.Set<AssurancePack>().Where(p => p.Series == series).OrderByDescending(p => p.DocumentVersion)).ToListAsync(cancellationToken);
    }

    /// <summary>A ready pack's PDF and the file name a download should carry; null for a pack not ready or not found.</summary>
    public async Task<PackFile?> DownloadAsync(Guid packId, CancellationToken cancellationToken = default)
    {
        var pack = await db.Set<AssurancePack>().AsNoTracking()
            .Where(p => p.Id == packId && p.Status == PackStatus.Ready)
            .Select(p => new { p.Pdf, p.Kind, p.Scope, p.AsAt, p.DocumentVersion })
            .SingleOrDefaultAsync(cancellationToken);
        if (pack?.Pdf is null)
        {
            return null;
        }

        return new PackFile(pack.Pdf, FileName(db.CurrentTenant.Slug ?? "partnership", pack.Kind, PackScope.Parse(pack.Scope), pack.AsAt, pack.DocumentVersion));
    }

    /// <summary>The stored model of a pack whose model has been taken, for the HTML preview and comparisons.</summary>
    public async Task<PackModel?> ModelAsync(Guid packId, CancellationToken cancellationToken = default)
    {
        var json = await db.Set<AssurancePack>().AsNoTracking().Where(p => p.Id == packId).Select(p => p.ModelJson).SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : PackJson.Read(json);
    }

    /// <summary>"kent-medway-deep-dive-outcome-3-as-at-2026-12-07-v2.pdf": who, what, when and which version, safe on any disk.</summary>
    public static string FileName(string slug, PackKind kind, PackScope scope, DateOnly asAt, int documentVersion)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var what = kind == PackKind.Annual
            ? "annual-pack"
            : "deep-dive-" + scope switch
            {
                { OutcomeNumber: { } number } => "outcome-" + number.ToLowerInvariant(),
                { PriorityId: not null } => "priority",
                _ => "selection",
            };
        return $"{slug}-{what}-as-at-{asAt:yyyy-MM-dd}-v{documentVersion}.pdf";
    }

    /// <summary>The rows of <paramref name="packs"/> without bytes or model; filter and order before projecting, which EF cannot see through.</summary>
    private IQueryable<PackSummaryRow> Summaries(IQueryable<AssurancePack> packs) =>
        from p in packs.AsNoTracking()
        join m in db.Set<Meeting>() on p.MeetingId equals m.Id into meetings
        from m in meetings.DefaultIfEmpty()
        select new PackSummaryRow(
            p.Id, p.Kind, p.Scope, p.Title, p.DocumentVersion, p.Marking, p.AsAt, p.MeetingId, m == null ? null : m.Title,
            p.RequestedBy, p.RequestedAt, p.Status, p.Message, p.Attempts, p.Sha256, p.SizeBytes, p.Pages, p.CompletedAt);

    private async Task<AssurancePack> AddVersionAsync(
        PackKind kind, PackScope scope, string title, string marking, DateOnly asAt, Guid? meetingId, PackRequester requester, CancellationToken cancellationToken)
    {
        var series = SeriesOf(kind, scope, asAt, meetingId);
        // The unique index on (tenant, series, version) settles two clerks asking at once: the loser takes the next number.
        for (var attempt = 0; ; attempt++)
        {
            var latest = await db.Set<AssurancePack>().Where(p => p.Series == series).MaxAsync(p => (int?)p.DocumentVersion, cancellationToken) ?? 0;
            var pack = new AssurancePack
            {
                Kind = kind,
                Scope = scope.ToString(),
                Series = series,
                DocumentVersion = latest + 1,
                Title = title,
                Marking = marking,
                AsAt = asAt,
                MeetingId = meetingId,
                RequestedById = requester.UserId,
                RequestedBy = requester.Name,
                RequestedAt = db.Clock.GetUtcNow(),
                Status = PackStatus.Queued,
            };
            db.Add(pack);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await ScheduleAsync(pack.Id, cancellationToken);
                return pack;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.Entry(pack).State = EntityState.Detached;
            }
        }
    }

    private async Task ScheduleAsync(Guid packId, CancellationToken cancellationToken)
    {
        if (scheduler is not null && db.CurrentTenant is { TenantId: { } tenantId, Slug: { } slug })
        {
            await scheduler.EnqueueAsync(tenantId, slug, packId, cancellationToken);
        }
    }

    /// <summary>The same kind and scope, as at the same date, for the same meeting: the same report, so a new version of it.</summary>
    private static string SeriesOf(PackKind kind, PackScope scope, DateOnly asAt, Guid? meetingId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}|{scope}|{asAt:yyyy-MM-dd}|{meetingId:D}")));

    private async Task<bool> MayCreateAsync(PackRequester requester, CancellationToken cancellationToken)
    {
        if (requester.UserId is not { } userId)
        {
            return true;
        }

        var tenantId = db.CurrentTenant.TenantId;
        var membership = await db.TenantMemberships.AsNoTracking().Include(m => m.Roles)
            .SingleOrDefaultAsync(m => m.TenantId == tenantId && m.UserId == userId && m.IsActive && m.JoinedAtUtc != null, cancellationToken);
        return membership is not null && (membership.HasRole(TenantRole.Clerk) || membership.HasRole(TenantRole.TenantAdmin));
    }

    private async Task<PackScope?> ScopeAsync(PackOptions options, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var refs = options.IndicatorRefs?.Where(r => !string.IsNullOrWhiteSpace(r)).ToList() ?? [];
        var commitmentTexts = options.CommitmentIds?.Where(r => !string.IsNullOrWhiteSpace(r)).ToList() ?? [];
        var chosen = (string.IsNullOrWhiteSpace(options.Outcome) ? 0 : 1) + (string.IsNullOrWhiteSpace(options.PriorityId) ? 0 : 1) + (refs.Count + commitmentTexts.Count > 0 ? 1 : 0);
        if (chosen != 1)
        {
            errors.Add(new(OutcomeField, "Choose what the deep dive covers: one outcome, one priority, or a selection of indicators and commitments"));
            return null;
        }

        if (!string.IsNullOrWhiteSpace(options.Outcome))
        {
            var number = options.Outcome.Trim();
            if (!await db.CurrentOutcomes().AnyAsync(o => o.Number == number, cancellationToken))
            {
                errors.Add(new(OutcomeField, "Select an outcome or enabler from the list"));
                return null;
            }

            return PackScope.Outcome(number);
        }

        if (!string.IsNullOrWhiteSpace(options.PriorityId))
        {
            if (!Guid.TryParse(options.PriorityId, out var priorityId)
                || !await db.Set<Priority>().AnyAsync(p => p.Id == priorityId && db.CurrentOutcomes().Any(o => o.Id == p.OutcomeId), cancellationToken))
            {
                errors.Add(new(PriorityField, "Select a priority from the list"));
                return null;
            }

            return PackScope.Priority(priorityId);
        }

        var known = await db.Set<Domain.Indicators.Indicator>().Where(i => refs.Contains(i.Ref)).Select(i => i.Ref).ToListAsync(cancellationToken);
        var unknown = refs.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(new(SelectionField, $"There is no indicator {string.Join(", ", unknown)}"));
        }

        var ids = new List<Guid>();
        foreach (var text in commitmentTexts)
        {
            if (Guid.TryParse(text, out var id))
            {
                ids.Add(id);
            }
            else
            {
                errors.Add(new(SelectionField, "Select commitments from the list"));
            }
        }

        var found = await db.Set<Domain.Commitments.Commitment>().Where(c => ids.Contains(c.Id)).CountAsync(cancellationToken);
        if (found != ids.Distinct().Count())
        {
            errors.Add(new(SelectionField, "Select commitments from the list"));
        }

        return errors.Count > 0 ? null : PackScope.Selection(refs, ids);
    }

    private async Task<string> DefaultTitleAsync(PackKind kind, PackScope scope, CancellationToken cancellationToken)
    {
        if (kind == PackKind.Annual)
        {
            return "Annual assurance report";
        }

        if (scope.OutcomeNumber is { } number)
        {
            var outcome = await db.CurrentOutcomes().Where(o => o.Number == number).Select(o => new { o.Kind, o.Title }).SingleAsync(cancellationToken);
            return $"Deep dive: {(outcome.Kind == OutcomeKind.Enabler ? "Enabler" : "Outcome")} {number}, {outcome.Title}";
        }

        if (scope.PriorityId is { } id)
        {
            return "Deep dive: " + await db.Set<Priority>().Where(p => p.Id == id).Select(p => p.Title).SingleAsync(cancellationToken);
        }

        return "Deep dive: selected indicators and commitments";
    }
}

/// <summary>A pack's PDF and the file name to download it as.</summary>
public sealed record PackFile(byte[] Content, string FileName);
