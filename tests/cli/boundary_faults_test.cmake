# The fault campaign's boundaries, end to end: "import --boundaries" refuses a county spanning
# the world and writes nothing; a plan file whose boundaries were damaged outside Agglomap (made
# here with ogrinfo, when GDAL's tools are installed) is reported by "validate" and refused by
# "export-map", each naming the region, instead of PROJ failing while drawing.
set(world ${OUT_DIR}/faults_world.geojson)
set(refused ${OUT_DIR}/faults_refused.gpkg)
file(REMOVE ${refused})
file(WRITE ${world} [=[{"type": "FeatureCollection", "features": [{"type": "Feature",
 "properties": {"code": "410105"}, "geometry": {"type": "Polygon",
 "coordinates": [[[-180, -90], [180, -90], [180, 90], [-180, 90], [-180, -90]]]}}]}]=])
execute_process(COMMAND env -i ${AGGLOMAP} import --plan henan --boundaries ${world} -o ${refused}
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 1 OR NOT err MATCHES "faults_world.geojson, feature 0 \\(code 410105\\): spans -180.00 to 180.00°E"
   OR err MATCHES "ERROR 1" OR EXISTS ${refused})
    message(FATAL_ERROR "whole-world boundary: exit ${result}: ${out} ${err}")
endif()

if(NOT OGRINFO)
    message(STATUS "ogrinfo not found: the damaged plan file is not checked")
    return()
endif()
set(stats ${OUT_DIR}/faults_stats.csv)
set(plan ${OUT_DIR}/faults_damaged.gpkg)
file(REMOVE ${plan})
file(WRITE ${stats} "id,water_current\n1,55.5\n")
execute_process(COMMAND env -i ${AGGLOMAP} import --plan henan --data ${stats} -o ${plan}
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "import failed (${result}): ${out} ${err}")
endif()
execute_process(COMMAND ${OGRINFO} -q ${plan} -sql
                        "UPDATE regions SET geom = AsGPB(CastToMultiPolygon(GeomFromText('POLYGON((-180 -90,180 -90,180 90,-180 90,-180 -90))', 4326))) WHERE code = 410105"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0 OR err MATCHES "ERROR")
    message(STATUS "ogrinfo cannot rewrite a geometry (no SpatiaLite?): ${err}")
    return()
endif()

execute_process(COMMAND env -i ${AGGLOMAP} validate ${plan} RESULT_VARIABLE result
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 1 OR NOT out MATCHES "problem: Region 410105 \\(金水区\\): its boundary spans -180.00 to 180.00°E, -90.00 to 90.00°N, beyond 110.16 to 116.85°E, 31.18 to 36.57°N"
   OR NOT out MATCHES "faults_damaged.gpkg: 1 problem\n")
    message(FATAL_ERROR "validate damaged boundaries: exit ${result}: ${out} ${err}")
endif()

execute_process(COMMAND env -i ${AGGLOMAP} export-map --plan ${plan} -o ${OUT_DIR}/faults_map.png
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 1 OR NOT err MATCHES "The map cannot be drawn. Region 410105 \\(金水区\\)"
   OR err MATCHES "PROJ" OR EXISTS ${OUT_DIR}/faults_map.png)
    message(FATAL_ERROR "export-map of damaged boundaries: exit ${result}: ${out} ${err}")
endif()
