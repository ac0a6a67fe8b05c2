# "agglomap import / validate" with faulty data files (issue 15, strict input): a CSV's rows are
# named by their line in the file, whatever blank lines and quoted line breaks come before; a
# ragged row is refused at its line; under --use-geometry a self-intersecting polygon or a
# missing geometry is refused at its feature, and nothing is written.
set(dir ${OUT_DIR}/import_strict_input)
file(REMOVE_RECURSE ${dir})
file(MAKE_DIRECTORY ${dir})

function(expect what result text code pattern)
    if(NOT result EQUAL code OR NOT text MATCHES "${pattern}")
        message(FATAL_ERROR "${what}: expected exit ${code} and '${pattern}', got exit ${result}: ${text}")
    endif()
endfunction()

# Line 4 is blank and the quoted note of line 2 runs on to line 3: "7O" is on line 6.
file(WRITE ${dir}/typo.csv "id,water_current,note\n1,50,\"two\nlines\"\n\n2,60,x\n3,7O,y\n4,80,z\n5,90,w\n")
execute_process(COMMAND env -i ${AGGLOMAP} validate ${dir}/typo.csv
                RESULT_VARIABLE result OUTPUT_VARIABLE out)
expect("validate typo" "${result}" "${out}" 1 "typo.csv, row 6, field \"water_current\": \"7O\" is not a number")

# The unmatched row of an import, and of validate against the plan, is named by its line.
file(WRITE ${dir}/stats.csv "id,water_current\n\n1,55.5\n\n9999,10\n")
execute_process(COMMAND env -i ${AGGLOMAP} import --plan henan --data ${dir}/stats.csv
                        -o ${dir}/plan.gpkg
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
expect("import unmatched" "${result}" "${out}${err}" 0 "1 rows matched no district:\n  row 5 \"9999\": ")
execute_process(COMMAND env -i ${AGGLOMAP} validate ${dir}/stats.csv --plan henan
                RESULT_VARIABLE result OUTPUT_VARIABLE out)
expect("validate unmatched" "${result}" "${out}" 1 "row 5 \"9999\"")

# A short row: refused at its line, by both commands, and no plan is written.
file(WRITE ${dir}/ragged.csv "id,water_current\n1,50\n\n2\n")
set(ragged "ragged.csv, line 4: ends after column A while the header on line 1 runs to column B")
execute_process(COMMAND env -i ${AGGLOMAP} validate ${dir}/ragged.csv
                RESULT_VARIABLE result OUTPUT_VARIABLE out)
expect("validate ragged" "${result}" "${out}" 1 "${ragged}")
execute_process(COMMAND env -i ${AGGLOMAP} import --plan henan --data ${dir}/ragged.csv
                        -o ${dir}/ragged.gpkg
                RESULT_VARIABLE result ERROR_VARIABLE err)
expect("import ragged" "${result}" "${err}" 1 "${ragged}")
if(EXISTS ${dir}/ragged.gpkg)
    message(FATAL_ERROR "a plan was written from a ragged file")
endif()

# --use-geometry: a bow-tie polygon and a feature without geometry.
file(WRITE ${dir}/parks.geojson [=[{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":1},"geometry":{"type":"Point","coordinates":[113.6,34.7]}},
{"type":"Feature","properties":{"id":2},"geometry":{"type":"Polygon",
 "coordinates":[[[113.5,34.6],[113.7,34.8],[113.7,34.6],[113.5,34.8],[113.5,34.6]]]}}]}]=])
execute_process(COMMAND env -i ${AGGLOMAP} import --plan henan --data ${dir}/parks.geojson
                        --use-geometry -o ${dir}/parks.gpkg
                RESULT_VARIABLE result ERROR_VARIABLE err)
expect("self-intersecting polygon" "${result}" "${err}" 1
       "parks.geojson, feature 2, field \"geometry\": the geometry is not valid \\(Self-intersection")
file(WRITE ${dir}/unplaced.geojson [=[{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":1},"geometry":null}]}]=])
execute_process(COMMAND env -i ${AGGLOMAP} import --plan henan --data ${dir}/unplaced.geojson
                        --use-geometry -o ${dir}/unplaced.gpkg
                RESULT_VARIABLE result ERROR_VARIABLE err)
expect("missing geometry" "${result}" "${err}" 1
       "unplaced.geojson, feature 1, field \"geometry\": is empty: the feature has no geometry")
foreach(plan parks.gpkg unplaced.gpkg)
    if(EXISTS ${dir}/${plan})
        message(FATAL_ERROR "${plan} was written from a refused file")
    endif()
endforeach()
