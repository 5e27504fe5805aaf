using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Auditing;

/// <summary>
/// Marks, in an entity configuration, what the audit log must not copy: secrets (password hashes, authenticator
/// keys) are written as "[redacted]", and a few tables (the audit log itself, data-protection key material) are not
/// audited at all.
/// </summary>
public static class AuditModelBuilderExtensions
{
    public const string RedactedAnnotation = "KmIcs:Audit:Redacted";
    public const string NotAuditedAnnotation = "KmIcs:Audit:NotAudited";

    public static PropertyBuilder<T> IsRedactedInAudit<T>(this PropertyBuilder<T> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasAnnotation(RedactedAnnotation, true);
    }

    public static EntityTypeBuilder<T> IsNotAudited<T>(this EntityTypeBuilder<T> entity)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.HasAnnotation(NotAuditedAnnotation, true);
    }

    public static bool IsRedactedInAudit(this IReadOnlyProperty property) =>
        property.FindAnnotation(RedactedAnnotation)?.Value is true;

    public static bool IsAudited(this IReadOnlyEntityType entityType) =>
        entityType.GetRootType().FindAnnotation(NotAuditedAnnotation)?.Value is not true;
}
