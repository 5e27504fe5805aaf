namespace KmIcs.Assurance.Data.Identity;

/// <summary>One reason an account operation was refused, with the form field it belongs to (for the error summary).</summary>
public sealed record AccountError(string Field, string Message);

/// <summary>The outcome of an account operation: success with a value, or the reasons it was refused.</summary>
public sealed record AccountResult<T>(T? Value, IReadOnlyList<AccountError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

public static class AccountResult
{
    public static AccountResult<T> Success<T>(T value) => new(value, []);

    public static AccountResult<T> Failure<T>(params AccountError[] errors) => new(default, errors);

    public static AccountResult<T> Failure<T>(IEnumerable<AccountError> errors) => new(default, errors.ToList());
}
