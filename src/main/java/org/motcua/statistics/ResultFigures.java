package org.motcua.statistics;

/**
 * One investment or enterprise figure of a scope and period: the granted results of the procedures tagged
 * with it, finished in the period, and the capital they registered (whole đồng), with the foreign share.
 * A result whose capital was not recorded counts with no capital.
 */
public record ResultFigures(ResultFigure figure, long count, long foreign, long capitalVnd, long foreignCapitalVnd) {

    public long domestic() {
        return count - foreign;
    }

    public long domesticCapitalVnd() {
        return capitalVnd - foreignCapitalVnd;
    }
}
