namespace KmIcs.Assurance.Domain.Strategies;

/// <summary>The three lists an outcome page prints (seed: whatWeHeard, iStatements, strategyIndicators).</summary>
public enum OutcomeStatementKind
{
    WhatWeHeard,
    IStatement,
    StrategyIndicator,
}
