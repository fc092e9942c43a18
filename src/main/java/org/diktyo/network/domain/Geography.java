package org.diktyo.network.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/** Regions and regional units by id: a few dozen rows that never change at run time. */
@Service
public class Geography {

    private final Regions regions;
    private final RegionalUnits units;
    private volatile Map<String, Region> regionById;
    private volatile Map<Integer, RegionalUnit> unitById;

    Geography(Regions regions, RegionalUnits units) {
        this.regions = regions;
        this.units = units;
    }

    public List<Region> regions() {
        return List.copyOf(regionMap().values());
    }

    public Region region(String id) {
        return regionMap().get(id);
    }

    public boolean knownRegion(String id) {
        return regionMap().containsKey(id);
    }

    /** Loaded once (by the repository's own transaction): not a transaction per call, as 332 rows of JSON make. */
    public RegionalUnit unit(int id) {
        Map<Integer, RegionalUnit> map = unitById;
        if (map == null) {
            map = new LinkedHashMap<>();
            for (RegionalUnit unit : units.findAll()) {
                map.put(unit.id(), unit);
            }
            unitById = map;
        }
        return map.get(id);
    }

    private Map<String, Region> regionMap() {
        Map<String, Region> map = regionById;
        if (map == null) {
            map = new LinkedHashMap<>();
            for (Region region : regions.findAllByOrderBySortNo()) {
                map.put(region.id(), region);
            }
            regionById = map;
        }
        return map;
    }
}
