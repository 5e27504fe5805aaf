namespace KmIcs.Assurance.Data;

/// <summary>
/// One reason a service refused a request: the form field it belongs to (a name the service documents, which the page
/// maps to its input's id) and the message a person reads. An empty field is about the whole request, such as someone
/// else having changed the record meanwhile.
/// </summary>
public sealed record FieldError(string Field, string Message)
{
    /// <summary>The field of a refusal that is about the whole request rather than one input.</summary>
    public const string WholeForm = "";
}

/// <summary>
/// What every service returns from a write: success with a value, or the reasons it was refused, each with its field,
/// for the NHS.UK error summary (see <c>FormErrors.Report</c> in the portal).
/// </summary>
public sealed record ServiceResult<T>(T? Value, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The message about the whole request, if the service gave one.</summary>
    public string? Summary => Errors.FirstOrDefault(e => e.Field == FieldError.WholeForm)?.Message;
}

public static class ServiceResult
{
    public static ServiceResult<T> Success<T>(T value) => new(value, []);

    public static ServiceResult<T> Failure<T>(params FieldError[] errors) => new(default, errors);

    public static ServiceResult<T> Failure<T>(IEnumerable<FieldError> errors) => new(default, errors.ToList());
}
