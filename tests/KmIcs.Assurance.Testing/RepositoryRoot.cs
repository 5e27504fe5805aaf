namespace KmIcs.Assurance.Testing;

/// <summary>Finds the repository root (the folder holding KmIcs.Assurance.sln) from the test's working folder.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KmIcs.Assurance.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Could not find KmIcs.Assurance.sln above " + AppContext.BaseDirectory);
    }
}
