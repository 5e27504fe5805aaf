namespace KmIcs.Assurance.Domain.Packs;

public enum PackStatus
{
    /// <summary>Asked for; the job engine has not started it.</summary>
    Queued,

    /// <summary>The model has been taken (or is being taken) and the PDF is being printed.</summary>
    Rendering,

    Ready,

    /// <summary>The render failed; <see cref="AssurancePack.Message"/> says why and a clerk can retry.</summary>
    Failed,
}
