using System.Data.Common;

namespace Federation.Platform.Storage;

/// <summary>For the few plain ADO.NET commands that bypass EF Core: the same on SQLite and PostgreSQL.</summary>
public static class DbCommands
{
    /// <summary>Adds <c>@name</c> with its value; returns the command, so parameters can be chained.</summary>
    public static DbCommand With(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return command;
    }
}
